package org.marac.portal.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.insight.Dashboard;
import org.marac.portal.insight.ExportProgress;
import org.marac.portal.insight.FilterOptions;
import org.marac.portal.insight.InsightFilter;
import org.marac.portal.insight.Section;

/**
 * A dashboard page: filters, an export of the figures, and each measure with its charts and tables. The
 * figures are worked out again whenever a filter changes.
 */
abstract class DashboardView extends Main implements HasDynamicTitle {

    /** Works an export out for a filter, telling its progress. */
    interface Export {
        byte[] produce(InsightFilter filter, ExportProgress progress);
    }

    private final String titleKey;
    private final Function<InsightFilter, Dashboard> load;
    private final Div sections = new Div();
    private final Paragraph period = new Paragraph();
    final FilterBar filters;
    final ExportControl export;
    private InsightFilter filter;
    private Dashboard dashboard;

    DashboardView(String titleKey, String introKey, FilterOptions options, boolean agencyFilter,
            Function<InsightFilter, Dashboard> load, Export csv, String fileName, Clock clock) {
        this.titleKey = titleKey;
        this.load = load;
        addClassName("admin-view");
        addClassName("insight-view");
        filter = InsightFilter.lastMonths(12, LocalDate.now(clock.withZone(DateFormats.UK)));
        filters = new FilterBar(filter, options, agencyFilter, this::show);
        export = new ExportControl(getTranslation("insight.export.csv"), fileName, "text/csv",
                () -> {
                    InsightFilter current = filter;
                    return progress -> csv.produce(current, progress);
                });
        period.addClassName("insight-period");
        period.getElement().setAttribute("role", "status");
        sections.addClassName("insight-sections");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), filters, export, period, sections);
        show(filter);
    }

    private void show(InsightFilter chosen) {
        filter = chosen;
        dashboard = load.apply(chosen);
        period.setText(getTranslation(dashboard.withheld() ? "insight.period.withheld" : "insight.period", dashboard.period(),
                dashboard.threshold()));
        sections.removeAll();
        for (Section section : dashboard.sections()) {
            sections.add(new SectionView(section));
        }
    }

    /** The figures on screen now. */
    Dashboard dashboard() {
        return dashboard;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
