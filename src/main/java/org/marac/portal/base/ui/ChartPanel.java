package org.marac.portal.base.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.marac.portal.base.chart.Chart;
import org.marac.portal.base.chart.SvgChartRenderer;

/**
 * A chart on screen: the server-rendered SVG (an image named by the chart's title) and, next to it, the same
 * figures as a table under "Show as a table", for screen reader users and anyone who wants the numbers.
 */
public class ChartPanel extends Div {

    private static final AtomicLong IDS = new AtomicLong();

    private final Chart chart;
    private final Svg image;
    private final Grid<List<String>> table = new Grid<>();
    private final Details details;

    public ChartPanel(Chart chart) {
        this.chart = chart;
        addClassName("chart-panel");
        String id = "chart-" + IDS.incrementAndGet();
        image = new Svg(SvgChartRenderer.render(chart, id));
        image.addClassName("chart-image");

        List<String> header = chart.tableHeader();
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            table.addColumn(row -> row.get(column)).setHeader(header.get(c)).setKey("c" + c)
                    .setFlexGrow(c == 0 ? 2 : 1).setResizable(true);
        }
        table.setItems(chart.tableRows());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAriaLabel(chart.title());
        Div tableArea = new Div(table);
        if (chart.hasWithheld() && !chart.withheldNote().isEmpty()) {
            tableArea.add(new Paragraph(chart.withheldMark() + " " + chart.withheldNote()));
        }
        details = new Details(getTranslation("chart.showTable"), tableArea);
        details.addClassName("chart-table");
        add(image, details);
    }

    public Chart getChart() {
        return chart;
    }

    /** The SVG as sent to the browser. */
    public String getSvg() {
        return image.getElement().getProperty("innerHTML", "");
    }

    public Grid<List<String>> getTable() {
        return table;
    }

    public Details getDetails() {
        return details;
    }
}
