package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.AgendaService;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.ui.CaseViewSection;

/** Puts the case's MARAC meetings on the case view: when, as what, the agreed risk, decisions and review date. */
@org.springframework.stereotype.Component
class CaseMeetingsSection implements CaseViewSection {

    private final AgendaService agendas;

    CaseMeetingsSection(AgendaService agendas) {
        this.agendas = agendas;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create(MaracCase maracCase) {
        if (!maracCase.isInMarac() && maracCase.getStatus() != CaseStatus.CLOSED) {
            return Optional.empty();
        }
        List<AgendaItem> listings = agendas.listingsOf(maracCase.getId());
        Section section = new Section(new H2(section("caseMeetings.title")));
        section.addClassName("case-section");
        section.setId("case-meetings");
        if (listings.isEmpty()) {
            section.add(new com.vaadin.flow.component.html.Paragraph(section("caseMeetings.none")));
            return Optional.of(section);
        }
        Grid<AgendaItem> grid = new Grid<>();
        grid.addComponentColumn(item -> new RouterLink(MeetingLabels.when(item.getMeeting()), MeetingView.class,
                MeetingLabels.parameters(item.getMeeting().getId()))).setHeader(section("meeting.when")).setAutoWidth(true);
        grid.addColumn(item -> MeetingLabels.status(item.getMeeting())).setHeader(section("meeting.status")).setAutoWidth(true);
        grid.addColumn(item -> Labels.of("agenda.kind", item.getKind())).setHeader(section("agenda.kind")).setAutoWidth(true);
        grid.addColumn(item -> item.getAgreedRisk() == null ? "—" : Labels.of("risk.level", item.getAgreedRisk()))
                .setHeader(section("outcome.agreedRisk")).setAutoWidth(true);
        grid.addColumn(item -> item.getDecisions() == null ? "" : item.getDecisions()).setHeader(section("outcome.decisions"))
                .setFlexGrow(3);
        grid.addColumn(item -> DateFormats.date(item.getReviewOn())).setHeader(section("outcome.reviewOn")).setAutoWidth(true);
        grid.setItems(listings);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(section("caseMeetings.title"));
        section.add(grid);
        return Optional.of(section);
    }

    private static String section(String key) {
        return MeetingLabels.translate(key);
    }
}
