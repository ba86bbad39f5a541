package org.marac.portal.meeting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.meeting.ui.MeetingBroadcaster;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The live meeting with two browser windows at once, each its own Vaadin session and login, as in real
 * use: the chair's and an attendee's. When the chair moves to the next case, the attendee's screen follows
 * through the broadcaster and {@code ui.access}, read with the attendee's own login. An attendee who comes
 * back after a dropped connection starts at the current case, and a closed screen is let go.
 */
class LiveMeetingViewTest extends KaribuTest {

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingBroadcaster broadcaster;

    /** One browser window: its UI, its session (holding its login, as the login filter leaves it) and its request. */
    private record Window(UI ui, VaadinSession session, VaadinRequest request, VaadinResponse response,
            SecurityContext login) {

        void activate() {
            CurrentInstance.setCurrent(ui);
            CurrentInstance.set(VaadinRequest.class, request);
            CurrentInstance.set(VaadinResponse.class, response);
            SecurityContextHolder.setContext(login);
        }
    }

    private final List<Window> windows = new ArrayList<>();

    /** Opens a window signed in as the demo member, in a session of its own. */
    private Window window(String username) {
        CurrentInstance.clearAll();
        signIn.as(demo.get(username));
        SecurityContext login = SecurityContextHolder.getContext();
        openUi();
        // The session holds the login as MemberAuthenticationFilter leaves it; Vaadin reads it from there,
        // which is what gives work done in ui.access the right member.
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, login);
        Window window = new Window(UI.getCurrent(), VaadinSession.getCurrent(), VaadinRequest.getCurrent(),
                VaadinResponse.getCurrent(), login);
        windows.add(window);
        return window;
    }

    /** Lets the window's queued ui.access work run, as its next round trip would, until the condition holds. */
    private static void awaitIn(Window window, Supplier<Boolean> condition) throws InterruptedException {
        window.activate();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.get()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The window did not follow in time");
            }
            Thread.sleep(50);
        }
    }

    private static String currentCase() {
        List<H2> heading = _find(H2.class, spec -> spec.withId("current-case"));
        return heading.isEmpty() ? null : heading.getFirst().getText();
    }

    @AfterEach
    void closeWindows() {
        for (Window window : windows) {
            window.activate();
            MockVaadin.tearDown();
        }
        windows.clear();
        CurrentInstance.clearAll();
    }

    @Test
    void theAttendeesScreenFollowsTheChairToTheNextCaseAndRejoinsAtTheCurrentCase() throws InterruptedException {
        MaracArea area = fixtures.area("Two windows");
        MaracCase first = fixtures.acceptedCase(area, "housing", "Kemi", "Firstcase");
        MaracCase second = fixtures.acceptedCase(area, "housing", "Lior", "Secondcase");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));
        String live = "meetings/" + meeting.getId() + "/live";

        Window chair = window("chair");
        UI.getCurrent().navigate(live);
        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        assertThat(currentCase()).isEqualTo(first.getReference());

        Window attendee = window("police");
        UI.getCurrent().navigate(live);
        assertThat(currentCase()).as("nothing before the confidentiality statement is accepted").isNull();
        _click(_get(Button.class, spec -> spec.withId("accept-confidentiality")));
        assertThat(currentCase()).isEqualTo(first.getReference());
        assertThat(broadcaster.screens(meeting.getId())).isEqualTo(2);

        chair.activate();
        awaitIn(chair, () -> _find(com.vaadin.flow.component.html.ListItem.class).stream()
                .anyMatch(item -> item.getElement().getTextRecursively().contains("Dan Okafor")));
        _click(_get(Button.class, spec -> spec.withId("next-case")));
        assertThat(currentCase()).isEqualTo(second.getReference());

        awaitIn(attendee, () -> second.getReference().equals(currentCase()));
        assertThat(_get(Span.class, spec -> spec.withId("live-position")).getText()).isEqualTo("Case 2 of 2");
        assertThat(_find(Button.class, spec -> spec.withId("next-case"))).as("attendees do not steer").isEmpty();

        // The attendee's connection drops and the screen goes; opened again, it starts at the current case.
        UI.getCurrent().navigate("");
        awaitIn(chair, () -> broadcaster.screens(meeting.getId()) == 1 && _find(com.vaadin.flow.component.html.Paragraph.class)
                .stream().anyMatch(p -> p.getText().startsWith("Dan Okafor (Northshire Police) has left the live meeting")));
        window("police");
        UI.getCurrent().navigate(live);
        assertThat(currentCase()).isEqualTo(second.getReference());

        // The chair ends the meeting; the attendee's screen says so.
        Window rejoined = windows.getLast();
        chair.activate();
        _click(_get(Button.class, spec -> spec.withId("conclude-meeting")));
        _click(_get(Button.class, spec -> spec.withId("confirm-conclude")));
        awaitIn(rejoined, () -> currentCase() == null && _get(Span.class, spec -> spec.withId("live-status"))
                .getText().equals("Concluded, minutes in draft"));

        for (Window window : windows) {
            window.activate();
            UI.getCurrent().navigate("");
        }
        assertThat(broadcaster.screens(meeting.getId())).as("no UI is held after it detached").isZero();
    }
}
