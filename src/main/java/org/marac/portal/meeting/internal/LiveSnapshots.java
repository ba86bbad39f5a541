package org.marac.portal.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the screens of a running meeting read alike, read once: when the chair moves on, twenty screens ask at
 * the same moment for the same meeting, agenda and case. Within one {@link Round} the first screen to ask for
 * something reads it and the others wait for that read instead of repeating it. Each screen still checks its
 * own member's access and logs its own consultation; what differs by agency (research, with an agency's
 * restricted entries) is read once per agency.
 *
 * <p>A change to the meeting starts a new generation twice: when it is made (so screens reading before the
 * commit keep nothing) and after it commits, before the screens are told (so they read what was committed). A
 * round serves only its generation, and only for a short while, since research recorded outside the meeting
 * tells no screen.
 */
@Component
public class LiveSnapshots {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** How long a screen waits for another's read before reading for itself. */
    private static final long WAIT_SECONDS = 5;

    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Long, Round> rounds = new ConcurrentHashMap<>();

    /** Read before anything else in a screen's transaction. */
    public long generation(Long meetingId) {
        return generations.computeIfAbsent(meetingId, id -> new AtomicLong()).get();
    }

    /**
     * The reads shared by the screens of this generation. A screen that began before the latest change gets a
     * round of its own, so what it read is never given to screens of the new generation.
     */
    public Round round(Long meetingId, long generation, Instant now) {
        if (generation != generation(meetingId)) {
            return new Round(generation, now);
        }
        return rounds.compute(meetingId, (id, before) -> before != null && before.generation == generation
                && before.startedAt.plus(MAX_AGE).isAfter(now) ? before : new Round(generation, now));
    }

    /** The reads of one generation of a meeting, each made by the first screen that needs it. */
    public static final class Round {

        private final long generation;
        private final Instant startedAt;
        private final Map<Object, CompletableFuture<Object>> reads = new ConcurrentHashMap<>();

        Round(long generation, Instant startedAt) {
            this.generation = generation;
            this.startedAt = startedAt;
        }

        /**
         * What {@code read} gives for this key: read here if no screen has, otherwise what the first screen
         * read. If that screen's read failed (its own member was refused, say) or takes too long, this one
         * reads for itself.
         */
        @SuppressWarnings("unchecked")
        public <T> T once(Object key, Supplier<T> read) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> first = reads.putIfAbsent(key, mine);
            if (first == null) {
                try {
                    T value = read.get();
                    mine.complete(value);
                    return value;
                } catch (RuntimeException | Error failed) {
                    reads.remove(key, mine);
                    mine.completeExceptionally(failed);
                    throw failed;
                }
            }
            try {
                return (T) first.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException notShared) {
                return read.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return read.get();
            }
        }

        /** Records a value this screen found out on the way (its member's access, say) for the others. */
        public void found(Object key, Object value) {
            reads.putIfAbsent(key, CompletableFuture.completedFuture(value));
        }
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

    /** Every change, attendance included: who has accepted the confidentiality statement decides who reads. */
    private void forget(LiveMeetingChanged changed) {
        generations.computeIfAbsent(changed.meetingId(), id -> new AtomicLong()).incrementAndGet();
        rounds.remove(changed.meetingId());
    }
}
