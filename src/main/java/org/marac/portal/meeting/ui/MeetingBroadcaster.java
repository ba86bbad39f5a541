package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.marac.portal.meeting.internal.LiveMeetingChanged;
import org.marac.portal.meeting.internal.LiveMeetingChanged.Change;
import org.marac.portal.partner.PortalUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open screen of a meeting what changed, once the change is committed. Screens register when
 * they attach and unregister when they detach, so no UI is held after its browser tab has gone. Each
 * screen is updated in its own task through {@link UI#access}, so one slow screen delays no other and the
 * chair's request does not wait for any of them.
 * <p>
 * In memory, for one JVM: see docs/decisions/0007-live-meeting-broadcast.md for what a cluster needs.
 */
@Component
public class MeetingBroadcaster implements DisposableBean {

    /** Who has a screen of the meeting open, for the chair's "connected now" list. */
    public record Presence(Long memberId, String name, String agency) {
    }

    private record Listener(UI ui, Presence presence, Consumer<Change> onChange) {
    }

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Registers a screen of the meeting; {@code onChange} runs inside {@code ui.access} whenever something
     * changes. Everyone's presence list is told that this member joined; remove the registration on detach.
     */
    public Registration register(Long meetingId, UI ui, PortalUser user, Consumer<Change> onChange) {
        Listener listener = new Listener(ui, new Presence(user.getMemberId(), user.getDisplayName(), user.getAgencyName()),
                onChange);
        // Added and removed inside compute, so a screen registering never lands in a set being dropped.
        listeners.compute(meetingId, (id, screens) -> {
            Set<Listener> current = screens == null ? ConcurrentHashMap.newKeySet() : screens;
            current.add(listener);
            return current;
        });
        fanOut(meetingId, Change.ATTENDANCE);
        return () -> {
            if (remove(meetingId, listener)) {
                fanOut(meetingId, Change.ATTENDANCE);
            }
        };
    }

    /** After the transaction that changed the meeting commits (or at once, outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(LiveMeetingChanged event) {
        fanOut(event.meetingId(), event.change());
    }

    /** Members with a screen of the meeting open now, each once, by name. */
    public List<Presence> connected(Long meetingId) {
        return listeners.getOrDefault(meetingId, Set.of()).stream().map(Listener::presence).distinct()
                .sorted(Comparator.comparing(Presence::name)).toList();
    }

    /** How many screens of the meeting are registered (for tests and the benchmark). */
    public int screens(Long meetingId) {
        return listeners.getOrDefault(meetingId, Set.of()).size();
    }

    private void fanOut(Long meetingId, Change change) {
        for (Listener listener : listeners.getOrDefault(meetingId, Set.of())) {
            executor.execute(() -> {
                try {
                    listener.ui().access(() -> listener.onChange().accept(change));
                } catch (UIDetachedException gone) {
                    remove(meetingId, listener);
                }
            });
        }
    }

    private boolean remove(Long meetingId, Listener listener) {
        boolean[] removed = {false};
        listeners.computeIfPresent(meetingId, (id, screens) -> {
            removed[0] = screens.remove(listener);
            return screens.isEmpty() ? null : screens;
        });
        return removed[0];
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
