package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.AgendaService;
import org.marac.portal.partner.Agency;

/** The chair's readiness grid: which invited agency has researched which case, in words as well as marks. */
class ReadinessPanel extends Section {

    ReadinessPanel(AgendaService agendas, Long meetingId) {
        addClassName("readiness-panel");
        AgendaService.Readiness readiness = agendas.readiness(meetingId);
        add(new Paragraph(getTranslation("readiness.intro")));
        Grid<AgendaItem> grid = new Grid<>();
        grid.addColumn(MeetingLabels::item).setHeader(getTranslation("case.reference")).setAutoWidth(true).setFrozen(true);
        for (Agency agency : readiness.agencies()) {
            grid.addComponentColumn(item -> {
                boolean done = readiness.researched(item, agency);
                Span cell = new Span(getTranslation(done ? "readiness.done" : "readiness.notYet"));
                cell.addClassName(done ? "ready" : "not-ready");
                return cell;
            }).setHeader(agency.getName()).setAutoWidth(true).setKey("agency-" + agency.getId());
        }
        grid.addColumn(item -> getTranslation("readiness.count", readiness.agencies().stream()
                .filter(agency -> readiness.researched(item, agency)).count(), readiness.agencies().size()))
                .setHeader(getTranslation("readiness.total")).setAutoWidth(true);
        grid.setItems(readiness.items());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("readiness.title"));
        grid.setId("readiness-grid");
        add(grid);
    }
}
