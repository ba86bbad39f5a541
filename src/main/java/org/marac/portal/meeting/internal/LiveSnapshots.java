package org.marac.portal.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.marac.portal.action.CaseAction;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.MaracCase;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The current case of each running meeting as read once for every screen that follows it: when the chair moves
 * on, twenty screens would otherwise read the same case, its actions and research twenty times. Each screen
 * still checks its own member's access and logs its own consultation; research is kept per agency, since an
 * agency's restricted entries are its own.
 *
 * <p>A change to the meeting starts a new generation twice: when it is made (so screens reading before the
 * commit keep nothing) and after it commits, before the screens are told (so they read what was committed). A
 * snapshot is only used in the generation it was read in, and for a short while, since research recorded
 * outside the meeting tells no screen.
 */
@Component
public class LiveSnapshots {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);

    /** The current case as one screen read it, for the others of the same generation. */
    public record Shared(long generation, Long itemId, AgendaItem item, MaracCase maracCase, List<CaseAction> actions,
            Map<Long, List<CaseInformation>> researchByAgency, Instant readAt) {
    }

    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Long, Shared> current = new ConcurrentHashMap<>();

    /** Read before anything else in a screen's transaction. */
    public long generation(Long meetingId) {
        return generations.computeIfAbsent(meetingId, id -> new AtomicLong()).get();
    }

    public Optional<Shared> fresh(Long meetingId, long generation, Long itemId, Instant now) {
        Shared shared = current.get(meetingId);
        return shared != null && shared.generation() == generation && shared.itemId().equals(itemId)
                && shared.readAt().plus(MAX_AGE).isAfter(now) ? Optional.of(shared) : Optional.empty();
    }

    /** Keeps what a screen read, unless the meeting changed since it began reading. */
    public void keep(Long meetingId, Shared shared) {
        current.compute(meetingId, (id, before) -> shared.generation() == generation(meetingId) ? shared : before);
    }

    @EventListener
    void whenChanged(LiveMeetingChanged changed) {
        forget(changed);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void afterCommit(LiveMeetingChanged changed) {
        forget(changed);
    }

    private void forget(LiveMeetingChanged changed) {
        if (changed.change() != LiveMeetingChanged.Change.ATTENDANCE) {
            generations.computeIfAbsent(changed.meetingId(), id -> new AtomicLong()).incrementAndGet();
            current.remove(changed.meetingId());
        }
    }
}
