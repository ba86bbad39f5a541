package org.marac.portal.insight.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.insight.FilterOptions;
import org.marac.portal.insight.InsightExports;
import org.marac.portal.insight.InsightService;
import org.marac.portal.insight.Quarter;

/**
 * The quarterly return (cases, repeats, referrals by agency, victims' demographics) for a quarter and one area
 * or all, as CSV or as a PDF with charts; small numbers withheld, each export logged as a disclosure.
 */
@Route("insight/quarterly-return")
@RolesAllowed({"CHAIR", "AGENCY_LEAD"})
@Menu(order = 43, title = "nav.insightReturn")
public class QuarterlyReturnView extends Main implements HasDynamicTitle {

    final Select<Quarter> quarter = new Select<>();
    final ComboBox<FilterOptions.Option> area = new ComboBox<>();
    final ExportControl csv;
    final ExportControl pdf;

    QuarterlyReturnView(InsightService insight, InsightExports exports, Clock clock) {
        addClassName("admin-view");
        addClassName("insight-view");
        List<Quarter> quarters = new ArrayList<>();
        Quarter current = Quarter.of(LocalDate.now(clock.withZone(DateFormats.UK)));
        for (int i = 0; i < 12; i++) {
            quarters.add(current);
            current = current.previous();
        }
        quarter.setLabel(getTranslation("insight.return.quarter"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(Quarter::label);
        quarter.setValue(quarters.get(1));
        quarter.setId("return-quarter");
        area.setLabel(getTranslation("insight.filter.area"));
        area.setPlaceholder(getTranslation("insight.filter.allAreas"));
        area.setItems(insight.partnershipFilterOptions().areas());
        area.setItemLabelGenerator(FilterOptions.Option::name);
        area.setClearButtonVisible(true);
        area.setId("return-area");
        FormLayout choices = new FormLayout(quarter, area);
        choices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        csv = new ExportControl(getTranslation("insight.return.csv"), "quarterly-return.csv", "text/csv",
                () -> {
                    Quarter chosen = quarter.getValue();
                    Long areaId = areaId();
                    return progress -> exports.quarterlyReturnCsv(chosen, areaId, progress);
                });
        pdf = new ExportControl(getTranslation("insight.return.pdf"), "quarterly-return.pdf", "application/pdf",
                () -> {
                    Quarter chosen = quarter.getValue();
                    Long areaId = areaId();
                    return progress -> exports.quarterlyReturnPdf(chosen, areaId, progress);
                });
        add(new H1(getTranslation("nav.insightReturn")), new Paragraph(getTranslation("insight.return.intro")),
                choices, csv, pdf);
    }

    private Long areaId() {
        return area.getValue() == null ? null : area.getValue().id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.insightReturn");
    }
}
