package org.marac.portal.insight.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.marac.portal.base.chart.Chart;
import org.marac.portal.base.ui.ChartPanel;

/** One measure: its heading, what it counts, headline figures, charts (each with its table) and all the figures. */
class SectionView extends Section {

    SectionView(org.marac.portal.insight.Section section) {
        addClassName("insight-section");
        setId("section-" + section.id());
        H2 heading = new H2(section.heading());
        heading.setId("heading-" + section.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, new Paragraph(section.explanation()));
        if (!section.keyFigures().isEmpty()) {
            Div figures = new Div();
            figures.addClassName("key-figures");
            for (org.marac.portal.insight.Section.KeyFigure figure : section.keyFigures()) {
                Span value = new Span(FigureFormat.of(figure.figure(), figure.format()));
                value.addClassName("key-figure-value");
                Div item = new Div(new Span(figure.label()), value);
                item.addClassName("key-figure");
                figures.add(item);
            }
            add(figures);
        }
        for (Chart chart : section.charts()) {
            add(new ChartPanel(chart));
        }
        if (!chartsShowEverything(section)) {
            Details all = new Details(getTranslation("insight.allFigures"), new FigureGrid(section.table()));
            all.addClassName("all-figures");
            add(all);
        }
    }

    /** A single chart already holding every row and column of the table needs no second table. */
    private static boolean chartsShowEverything(org.marac.portal.insight.Section section) {
        if (section.charts().size() != 1) {
            return false;
        }
        Chart chart = section.charts().getFirst();
        return chart.categories().size() == section.table().rowLabels().size()
                && chart.series().size() == section.table().columns().size();
    }
}
