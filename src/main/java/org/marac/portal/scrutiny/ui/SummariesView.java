package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.scrutiny.SummaryService;

/** The area chair's (or data protection officer's) list of cases chosen by a scrutiny panel that need a redacted summary. */
@Route("scrutiny/summaries")
@RolesAllowed({"CHAIR", "DATA_PROTECTION_OFFICER"})
@Menu(order = 85, title = "nav.scrutinySummaries")
public class SummariesView extends Main implements HasDynamicTitle {

    SummariesView(SummaryService summaries) {
        addClassName("admin-view");
        var tasks = summaries.tasks();
        Grid<SummaryService.Task> grid = new Grid<>();
        grid.addColumn(SummaryService.Task::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(t -> t.reviewCase().getMeeting().getPanel().getName()).setHeader(getTranslation("scrutiny.panel")).setFlexGrow(2);
        grid.addColumn(t -> DateFormats.date(t.reviewCase().getMeeting().getMeetingDate()))
                .setHeader(getTranslation("scrutiny.meeting.date")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("scrutiny.caseLabel", t.reviewCase().getLabelNumber()))
                .setHeader(getTranslation("scrutiny.summaries.label")).setAutoWidth(true);
        grid.addColumn(t -> Labels.of("scrutiny.selection", t.reviewCase().getStatus())).setHeader(getTranslation("case.status")).setAutoWidth(true);
        Grids.openable(grid, SummaryService.Task::reference, task -> getUI().ifPresent(ui -> ui.navigate(SummaryView.class,
                new RouteParameters("reviewCaseId", String.valueOf(task.reviewCase().getId())))));
        grid.setItems(tasks);
        grid.setAriaLabel(getTranslation("nav.scrutinySummaries"));
        grid.setId("summary-tasks");
        Paragraph none = new Paragraph(getTranslation("scrutiny.summaries.none"));
        none.setVisible(tasks.isEmpty());
        grid.setVisible(!tasks.isEmpty());
        add(new H1(getTranslation("nav.scrutinySummaries")), new Paragraph(getTranslation("scrutiny.summaries.intro")), none, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scrutinySummaries");
    }
}
