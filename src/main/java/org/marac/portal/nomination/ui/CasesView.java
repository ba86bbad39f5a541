package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.marac.portal.nomination.CaseListFilter;
import org.marac.portal.nomination.CaseListRow;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;

/** The cases the member may see, newest first, loaded page by page, filtered by status and reference. */
@Route("cases")
@RolesAllowed({"PRACTITIONER", "SUPERVISOR", "AGENCY_LEAD", "CHAIR"})
@Menu(order = 10, title = "nav.cases")
public class CasesView extends Main implements HasDynamicTitle {

    private CaseListFilter filter = CaseListFilter.all();

    CasesView(NominationService nominations) {
        addClassName("admin-view");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("nav.cases")));
        header.addClassName("view-header");
        if (PortalUser.require().hasRole(Role.PRACTITIONER)) {
            Button nominate = new Button(getTranslation("cases.nominate"),
                    click -> getUI().ifPresent(ui -> ui.navigate(NominationView.class)));
            nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nominate.setId("nominate");
            header.add(nominate);
        }
        Grid<CaseListRow> grid = new Grid<>();
        grid.addColumn(CaseLabels::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(c -> c.victimName() == null ? "" : c.victimName()).setHeader(getTranslation("case.victim")).setFlexGrow(2);
        grid.addColumn(c -> c.areaName() == null ? "" : c.areaName()).setHeader(getTranslation("case.area")).setAutoWidth(true);
        grid.addColumn(CaseListRow::agencyName).setHeader(getTranslation("case.agency")).setAutoWidth(true);
        grid.addColumn(c -> Labels.of("case.status", c.status())).setHeader(getTranslation("case.status"));
        grid.addColumn(c -> c.endorsedRisk() == null ? "" : Labels.of("risk.level", c.endorsedRisk()))
                .setHeader(getTranslation("case.endorsedRisk")).setAutoWidth(true);
        grid.addColumn(c -> DateFormats.dateTime(c.submittedAt())).setHeader(getTranslation("case.submitted")).setAutoWidth(true);
        Grids.openable(grid, CaseLabels::reference, this::open);
        grid.setItems(query -> nominations.visibleCases(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) nominations.countVisibleCases(filter));
        grid.setAriaLabel(getTranslation("nav.cases"));
        grid.setEmptyStateText(getTranslation("cases.none"));
        grid.setId("cases");
        grid.setSizeFull();

        MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>(getTranslation("case.status"));
        statuses.setItems(CaseStatus.values());
        statuses.setItemLabelGenerator(status -> Labels.of("case.status", status));
        TextField reference = new TextField(getTranslation("case.reference"));
        reference.setPlaceholder("HC-2026-");
        reference.setMaxLength(20);
        reference.setClearButtonVisible(true);
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.addValueChangeListener(change -> filterBy(grid, statuses.getValue(), reference.getValue()));
        reference.addValueChangeListener(change -> filterBy(grid, statuses.getValue(), reference.getValue()));
        HorizontalLayout filters = new HorizontalLayout(statuses, reference);
        filters.addClassName("filter-bar");
        add(header, filters, grid);
    }

    private void filterBy(Grid<CaseListRow> grid, java.util.Set<CaseStatus> statuses, String reference) {
        filter = new CaseListFilter(statuses, reference);
        grid.getDataProvider().refreshAll();
    }

    private void open(CaseListRow row) {
        getUI().ifPresent(ui -> {
            if (row.status() == CaseStatus.DRAFT && PortalUser.require().hasRole(Role.PRACTITIONER)) {
                ui.navigate(NominationView.class, NominationView.parametersFor(row.id()));
            } else {
                ui.navigate(CaseView.class, NominationView.parametersFor(row.id()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases");
    }
}
