package org.marac.portal.insight;

import java.util.List;
import org.marac.portal.base.chart.Chart;

/**
 * One measure on a dashboard: a heading, a sentence saying exactly what is counted, headline figures, the
 * charts and the full table of figures behind them.
 */
public record Section(String id, String heading, String explanation, List<KeyFigure> keyFigures, List<Chart> charts,
        FigureTable table) {

    /** A headline number, such as the median number of days. */
    public record KeyFigure(String label, Figure figure, FigureTable.Format format) {
    }

    public Section {
        keyFigures = List.copyOf(keyFigures);
        charts = List.copyOf(charts);
    }
}
