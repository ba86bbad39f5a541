package org.marac.portal.meeting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting page as the chair and an attendee use it, including two chairs changing one agenda at once. */
class MeetingViewTest extends KaribuTest {

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    AgendaService agendas;
    @Autowired
    MeetingService meetings;

    @SuppressWarnings("unchecked")
    private static Grid<AgendaItem> agendaGrid() {
        return (Grid<AgendaItem>) _get(Grid.class, spec -> spec.withId("agenda-grid"));
    }

    private static List<String> references() {
        Grid<AgendaItem> grid = agendaGrid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).getMaracCase().getReference()).toList();
    }

    /** A button of the agenda's "Change" column, found by the name screen readers announce. */
    private static Button rowButton(int row, String ariaLabel) {
        return GridKt._getCellComponent(agendaGrid(), row, "change").getChildren()
                .map(Button.class::cast).filter(button -> ariaLabel.equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    @Test
    void theChairBuildsTheAgendaAConflictWithAnotherChairKeepsWhatWasTypedAndThenPublishes() {
        MaracArea area = fixtures.area("Agenda page");
        MaracCase first = fixtures.acceptedCase(area, "housing", "Maya", "Agendapage");
        MaracCase second = fixtures.acceptedCase(area, "police", "Nico", "Agendapage");
        Meeting meeting = fixtures.occurrence(area, 0);

        openAs("chair");
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        assertThat(_find(Tabs.class)).as("nothing before the confidentiality statement").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("accept-confidentiality")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-total")).getText()).isEqualTo("No cases on the agenda yet.");

        _click(_get(Button.class, spec -> spec.withId("build-agenda")));
        assertThat(references()).containsExactly(first.getReference(), second.getReference());
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-total")).getText())
                .isEqualTo("2 cases, 24 minutes: 10:00 to 10:24");

        _click(rowButton(0, "Remove " + first.getReference() + " from the agenda"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Why this case comes off the agenda")), "Victim moved away");
        // Meanwhile, another chair (another tab) moves the second case to the top.
        AgendaItem secondItem = agendas.agenda(meeting.getId()).getLast();
        agendas.moveItem(meeting.getId(), meetings.find(meeting.getId()).getVersion(), secondItem.getId(), 1);
        _click(_get(Button.class, spec -> spec.withId("save-agenda-change")));

        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why this case comes off the agenda"));
        assertThat(reason.getValue()).as("what was typed is kept").isEqualTo("Victim moved away");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("stale-warning")).stream().filter(p -> p.isVisible())
                .map(Paragraph::getText).toList()).anyMatch(text -> text.startsWith("Someone else changed this agenda"));
        assertThat(references()).as("the other chair's change shows").containsExactly(second.getReference(), first.getReference());

        _click(_get(Button.class, spec -> spec.withId("save-agenda-change")));
        assertThat(references()).containsExactly(second.getReference());

        _click(_get(Button.class, spec -> spec.withId("publish-agenda")));
        assertThat(_get(Span.class, spec -> spec.withId("meeting-status")).getText()).isEqualTo("Agenda published");
        assertThat(_get(H1.class).getText()).startsWith("MARAC: " + area.getName());
    }

    @Test
    void anAttendeeAcceptsTheStatementThenReadsThePublishedAgendaAndResearchesIt() {
        MaracArea area = fixtures.area("Attendee page");
        MaracCase listed = fixtures.acceptedCase(area, "housing", "Omar", "Attendeepage");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));

        openAs("police");
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        assertThat(_find(Grid.class, spec -> spec.withId("agenda-grid"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("accept-confidentiality")));
        assertThat(references()).containsExactly(listed.getReference());
        assertThat(_find(Button.class, spec -> spec.withId("build-agenda"))).as("attendees do not edit").isEmpty();
        assertThat(agendaGrid().getColumnByKey("change")).isNull();

        _get(Tabs.class).setSelectedIndex(2);
        _click(_get(Button.class, spec -> spec.withId("add-information")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Facts")), "Known to patrols since March");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()).toList())
                .anyMatch(text -> text.contains("Known to patrols since March"));

        // The case view lists the case's meetings.
        UI.getCurrent().navigate("cases/" + listed.getId());
        com.vaadin.flow.component.html.Section meetingsOfCase = _get(com.vaadin.flow.component.html.Section.class,
                spec -> spec.withId("case-meetings"));
        assertThat(GridKt._size(com.github.mvysny.kaributesting.v10.LocatorJ._get(meetingsOfCase, Grid.class))).isEqualTo(1);
    }

    @Test
    void theMeetingsPageShowsTheChairTheirAreasAndAnAttendeeTheirAgencysMeetings() {
        MaracArea area = fixtures.area("List page");
        Meeting meeting = fixtures.occurrence(area, 0);

        openAs("chair");
        UI.getCurrent().navigate("meetings");
        assertThat(_get(H1.class).getText()).isEqualTo("MARAC meetings");
        assertThat(_find(Grid.class, spec -> spec.withId("meetings-" + area.getId()))).hasSize(1);

        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        openAs("victim-support");
        UI.getCurrent().navigate("meetings");
        @SuppressWarnings("unchecked")
        Grid<Meeting> invited = (Grid<Meeting>) _get(Grid.class, spec -> spec.withId("invited-meetings"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(invited)).mapToObj(row -> GridKt._get(invited, row).getId()))
                .contains(meeting.getId());
    }
}
