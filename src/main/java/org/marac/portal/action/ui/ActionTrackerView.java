package org.marac.portal.action.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.marac.portal.action.ActionFilter;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.AgencyActionRates;
import org.marac.portal.base.chart.Chart;
import org.marac.portal.base.ui.ChartPanel;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;

/** The chair's tracker: each agency's completion and overdue rates in an area, and every action there. */
@Route("chair/actions")
@RolesAllowed("CHAIR")
@Menu(order = 16, title = "nav.actionTracker")
public class ActionTrackerView extends Main implements HasDynamicTitle {

    private final ActionService actions;
    private final Grid<AgencyActionRates> rates = new Grid<>();
    private final Div rateChart = new Div();
    private ActionFilter filter = ActionFilter.unfinished();
    private ActionListGrid list;

    ActionTrackerView(ActionService actions, AgencyService agencies, MemberService members, MaracAreaService areas) {
        this.actions = actions;
        addClassName("admin-view");
        List<MaracArea> chaired = areas.areasChairedBy(PortalUser.require().getMemberId());
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        ComboBox<MaracArea> area = new ComboBox<>(getTranslation("caseAction.rates.area"));
        area.setId("rates-area");
        area.setItems(chaired);
        area.setItemLabelGenerator(MaracArea::getName);
        area.addValueChangeListener(change -> showRates(change.getValue()));
        rates.addColumn(AgencyActionRates::agencyName).setHeader(getTranslation("caseAction.ownerAgency")).setFlexGrow(2);
        rates.addColumn(AgencyActionRates::total).setHeader(getTranslation("caseAction.rates.total"));
        rates.addColumn(AgencyActionRates::done).setHeader(getTranslation("caseAction.status.DONE"));
        rates.addColumn(AgencyActionRates::cannotBeDone).setHeader(getTranslation("caseAction.status.CANNOT_BE_DONE"));
        rates.addColumn(AgencyActionRates::notDone).setHeader(getTranslation("caseAction.status.NOT_DONE_BY_AGENCY"));
        rates.addColumn(AgencyActionRates::overdueNow).setHeader(getTranslation("caseAction.rates.overdueNow"));
        rates.addColumn(AgencyActionRates::finishedLate).setHeader(getTranslation("caseAction.rates.finishedLate"));
        rates.addColumn(row -> percent.format(row.completionRate())).setHeader(getTranslation("caseAction.rates.completion"));
        rates.addColumn(row -> percent.format(row.overdueRate())).setHeader(getTranslation("caseAction.rates.overdue"));
        rates.setAllRowsVisible(true);
        rates.setId("agency-rates");
        rates.setAriaLabel(getTranslation("caseAction.rates.title"));

        ActionForms forms = new ActionForms(actions, agencies, members, () -> {
            list.getDataProvider().refreshAll();
            showRates(area.getValue());
        });
        list = new ActionListGrid(actions, forms, true);
        list.setId("area-actions");
        list.setAriaLabel(getTranslation("caseAction.tracker.list"));
        list.setItems(query -> actions.areaActions(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) actions.countAreaActions(filter));
        ActionFilterBar filters = new ActionFilterBar(chaired, changed -> {
            filter = changed;
            list.getDataProvider().refreshAll();
        });
        add(new H1(getTranslation("nav.actionTracker")), new Paragraph(getTranslation("caseAction.tracker.intro")),
                new H2(getTranslation("caseAction.rates.title")), area, rates, rateChart,
                new H2(getTranslation("caseAction.tracker.list")), filters, list);
        if (chaired.isEmpty()) {
            rates.setVisible(false);
        } else {
            area.setValue(chaired.getFirst());
        }
    }

    private void showRates(MaracArea area) {
        List<AgencyActionRates> figures = area == null ? List.of() : actions.agencyRates(area.getId());
        rates.setItems(figures);
        rateChart.removeAll();
        if (!figures.isEmpty()) {
            rateChart.add(new ChartPanel(Chart.of(Chart.Kind.GROUPED_BAR, getTranslation("caseAction.rates.chartTitle", area.getName()))
                    .summary(getTranslation("caseAction.rates.chartSummary"))
                    .axes(getTranslation("caseAction.ownerAgency"), getTranslation("caseAction.rates.share"))
                    .format(Chart.ValueFormat.PERCENT)
                    .categories(figures.stream().map(AgencyActionRates::agencyName).toList())
                    .series(getTranslation("caseAction.rates.completion"), figures.stream().map(AgencyActionRates::completionRate).toList())
                    .series(getTranslation("caseAction.rates.overdue"), figures.stream().map(AgencyActionRates::overdueRate).toList())
                    .build()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.actionTracker");
    }
}
