package org.marac.portal.base.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.marac.portal.base.chart.Scene.Anchor;
import org.marac.portal.base.chart.Scene.Box;
import org.marac.portal.base.chart.Scene.Marker;
import org.marac.portal.base.chart.Scene.Polyline;
import org.marac.portal.base.chart.Scene.Segment;
import org.marac.portal.base.chart.Scene.Shape;
import org.marac.portal.base.chart.Scene.Text;

/**
 * Lays a chart out as a {@link Scene}: title, legend, axes with rounded ticks, bars or lines, value labels and
 * the note explaining withheld values. Bar charts run horizontally so that long names (agencies, wards) stay
 * readable; stacked bars and lines run over time from left to right.
 */
final class ChartLayout {

    static final double WIDTH = 720;
    private static final double PAD = 12;
    private static final double TITLE_SIZE = 16;
    private static final double LABEL_SIZE = 12;
    private static final double SMALL_SIZE = 11;
    private static final double PLOT_HEIGHT = 250;
    private static final int MAX_MARKED_POINTS = 36;

    private final Chart chart;
    private final List<Shape> shapes = new ArrayList<>();
    private double y;

    private ChartLayout(Chart chart) {
        this.chart = chart;
    }

    static Scene lay(Chart chart) {
        return new ChartLayout(chart).lay();
    }

    private Scene lay() {
        title();
        legend();
        switch (chart.kind()) {
            case BAR, GROUPED_BAR -> horizontalBars();
            case STACKED_BAR -> columns();
            case LINE -> lines();
        }
        note();
        return new Scene(WIDTH, Math.ceil(y + PAD), List.copyOf(shapes));
    }

    private void title() {
        y = PAD;
        for (String line : TextMetrics.wrap(chart.title(), TITLE_SIZE, true, WIDTH - 2 * PAD)) {
            y += TITLE_SIZE * 1.25;
            shapes.add(new Text(PAD, y, line, TITLE_SIZE, Anchor.START, true, false, ChartStyle.TEXT));
        }
        y += 8;
    }

    /** Swatches with names for charts of more than one series: the pattern or line style names each series. */
    private void legend() {
        if (chart.series().size() < 2) {
            return;
        }
        double x = PAD;
        double rowTop = y;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            double itemWidth = 26 + TextMetrics.width(name, LABEL_SIZE, false) + 18;
            if (x > PAD && x + itemWidth > WIDTH - PAD) {
                x = PAD;
                rowTop += 22;
            }
            if (chart.kind() == Chart.Kind.LINE) {
                shapes.add(new Polyline(new double[] {x, x + 22}, new double[] {rowTop + 8, rowTop + 8}, s));
                shapes.add(new Marker(x + 11, rowTop + 8, s));
            } else {
                shapes.add(new Box(x + 4, rowTop + 1, 14, 14, s));
            }
            shapes.add(new Text(x + 26, rowTop + 13, name, LABEL_SIZE, Anchor.START, false, false, ChartStyle.TEXT));
            x += itemWidth;
        }
        y = rowTop + 22 + 6;
    }

    private void horizontalBars() {
        int seriesCount = chart.series().size();
        double barHeight = seriesCount == 1 ? 18 : 12;
        double band = seriesCount * barHeight + 10;
        double labelWidth = Math.min(220, chart.categories().stream()
                .mapToDouble(category -> TextMetrics.width(category, LABEL_SIZE, false)).max().orElse(0));
        double valueWidth = chart.series().stream().flatMap(one -> one.values().stream())
                .mapToDouble(value -> TextMetrics.width(chart.format(value), SMALL_SIZE, false)).max().orElse(0);
        double left = PAD + labelWidth + 8;
        double right = WIDTH - PAD - valueWidth - 6;
        double top = y + 4;
        if (!chart.categoryLabel().isEmpty()) {
            shapes.add(new Text(left - 8, top + LABEL_SIZE, TextMetrics.fit(chart.categoryLabel(), LABEL_SIZE, true,
                    left - PAD), LABEL_SIZE, Anchor.END, true, false, ChartStyle.TEXT));
            top += LABEL_SIZE + 8;
        }
        double bottom = top + band * chart.categories().size();
        Axis axis = Axis.over(max(), chart.format());

        for (int t = 0; t < axis.ticks().size(); t++) {
            double value = axis.ticks().get(t);
            double x = left + (right - left) * value / axis.top();
            shapes.add(new Segment(x, top, x, bottom, t == 0 ? ChartStyle.AXIS : ChartStyle.GRID, 1));
            shapes.add(new Text(x, bottom + 16, axisLabel(value), SMALL_SIZE, Anchor.MIDDLE, false, false, ChartStyle.TEXT));
        }
        for (int c = 0; c < chart.categories().size(); c++) {
            double bandTop = top + band * c;
            shapes.add(new Text(left - 8, bandTop + band / 2 + 4,
                    TextMetrics.fit(chart.categories().get(c), LABEL_SIZE, false, labelWidth), LABEL_SIZE, Anchor.END,
                    false, false, ChartStyle.TEXT));
            for (int s = 0; s < seriesCount; s++) {
                Double value = chart.series().get(s).values().get(c);
                double barTop = bandTop + 5 + s * barHeight;
                double barWidth = value == null ? 0 : (right - left) * Math.max(0, value) / axis.top();
                if (barWidth > 0) {
                    shapes.add(new Box(left, barTop + 1, barWidth, barHeight - 2, s));
                }
                shapes.add(new Text(left + barWidth + 4, barTop + barHeight / 2 + 4, chart.format(value), SMALL_SIZE,
                        Anchor.START, false, false, ChartStyle.TEXT));
            }
        }
        y = bottom + 22;
        if (!chart.valueLabel().isEmpty()) {
            y += 14;
            shapes.add(new Text((left + right) / 2, y, chart.valueLabel(), LABEL_SIZE, Anchor.MIDDLE, true, false, ChartStyle.TEXT));
        }
    }

    /** Vertical columns over time, each stacked from its series' values. */
    private void columns() {
        Plot plot = verticalPlot(16, stackedMax());
        int count = chart.categories().size();
        double band = count == 0 ? 0 : (plot.right() - plot.left()) / count;
        double columnWidth = Math.max(1, band * 0.7);
        for (int c = 0; c < count; c++) {
            double x = plot.left() + band * c + (band - columnWidth) / 2;
            double base = plot.bottom();
            boolean withheld = false;
            double total = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                Double value = chart.series().get(s).values().get(c);
                if (value == null) {
                    withheld = true;
                    continue;
                }
                double height = plot.height() * Math.max(0, value) / plot.axis().top();
                if (height > 0) {
                    shapes.add(new Box(x, base - height, columnWidth, height, s));
                }
                base -= height;
                total += value;
            }
            if (band >= 26) {
                String label = withheld ? chart.withheldMark() : chart.format(total);
                shapes.add(new Text(x + columnWidth / 2, base - 4, label, SMALL_SIZE, Anchor.MIDDLE, false, false,
                        ChartStyle.TEXT));
            }
        }
        categoryLabels(plot, band, false);
    }

    /** Lines over time; each line is named at its end as well as in the legend. */
    private void lines() {
        double nameWidth = Math.min(150, chart.series().stream()
                .mapToDouble(one -> TextMetrics.width(one.name(), SMALL_SIZE, false)).max().orElse(0));
        Plot plot = verticalPlot(nameWidth + 14, max());
        int count = chart.categories().size();
        double step = count <= 1 ? 0 : (plot.right() - plot.left()) / (count - 1);
        List<double[]> ends = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            List<Double> values = chart.series().get(s).values();
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int c = 0; c <= count; c++) {
                Double value = c < count ? values.get(c) : null;
                if (value != null) {
                    xs.add(count <= 1 ? (plot.left() + plot.right()) / 2 : plot.left() + step * c);
                    ys.add(plot.bottom() - plot.height() * Math.max(0, value) / plot.axis().top());
                    if (count <= MAX_MARKED_POINTS) {
                        shapes.add(new Marker(xs.getLast(), ys.getLast(), s));
                    }
                } else if (!xs.isEmpty()) {
                    // A withheld value leaves a gap rather than a line through a guess.
                    shapes.add(new Polyline(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                            ys.stream().mapToDouble(Double::doubleValue).toArray(), s));
                    if (c == count || values.subList(c, count).stream().allMatch(Objects::isNull)) {
                        ends.add(new double[] {xs.getLast(), ys.getLast(), s});
                    }
                    xs.clear();
                    ys.clear();
                }
            }
        }
        ends.sort(Comparator.comparingDouble(end -> end[1]));
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] end : ends) {
            double labelY = Math.max(end[1] + 4, previous + 13);
            previous = labelY;
            String name = TextMetrics.fit(chart.series().get((int) end[2]).name(), SMALL_SIZE, false, 150);
            shapes.add(new Text(plot.right() + 8, labelY, name, SMALL_SIZE, Anchor.START, false, false,
                    ChartStyle.colour((int) end[2])));
        }
        categoryLabels(plot, step == 0 ? plot.right() - plot.left() : step, true);
    }

    private record Plot(double left, double right, double top, double bottom, Axis axis) {
        double height() {
            return bottom - top;
        }
    }

    /** The value axis on the left with its grid, for columns and lines. */
    private Plot verticalPlot(double rightMargin, double max) {
        Axis axis = Axis.over(max, chart.format());
        double tickWidth = axis.ticks().stream().mapToDouble(value -> TextMetrics.width(axisLabel(value), SMALL_SIZE, false))
                .max().orElse(0);
        double left = PAD + (chart.valueLabel().isEmpty() ? 0 : 20) + tickWidth + 8;
        double right = WIDTH - PAD - rightMargin;
        double top = y + 6;
        double bottom = top + PLOT_HEIGHT;
        for (int t = 0; t < axis.ticks().size(); t++) {
            double value = axis.ticks().get(t);
            double tickY = bottom - PLOT_HEIGHT * value / axis.top();
            shapes.add(new Segment(left, tickY, right, tickY, t == 0 ? ChartStyle.AXIS : ChartStyle.GRID, 1));
            shapes.add(new Text(left - 6, tickY + 4, axisLabel(value), SMALL_SIZE, Anchor.END, false, false, ChartStyle.TEXT));
        }
        shapes.add(new Segment(left, top, left, bottom, ChartStyle.AXIS, 1));
        if (!chart.valueLabel().isEmpty()) {
            shapes.add(new Text(PAD + 12, (top + bottom) / 2, chart.valueLabel(), LABEL_SIZE, Anchor.MIDDLE, true, true,
                    ChartStyle.TEXT));
        }
        return new Plot(left, right, top, bottom, axis);
    }

    /** Category names under the plot; only every n-th when they would collide. */
    private void categoryLabels(Plot plot, double spacing, boolean atPoints) {
        int count = chart.categories().size();
        double widest = chart.categories().stream().mapToDouble(c -> TextMetrics.width(c, SMALL_SIZE, false)).max().orElse(0);
        int every = spacing <= 0 ? 1 : (int) Math.max(1, Math.ceil((widest + 8) / spacing));
        for (int c = 0; c < count; c += every) {
            double x = atPoints ? (count <= 1 ? (plot.left() + plot.right()) / 2 : plot.left() + spacing * c)
                    : plot.left() + spacing * c + spacing / 2;
            shapes.add(new Segment(x, plot.bottom(), x, plot.bottom() + 4, ChartStyle.AXIS, 1));
            shapes.add(new Text(x, plot.bottom() + 17, chart.categories().get(c), SMALL_SIZE, Anchor.MIDDLE, false, false,
                    ChartStyle.TEXT));
        }
        y = plot.bottom() + 24;
        if (!chart.categoryLabel().isEmpty()) {
            y += 14;
            shapes.add(new Text((plot.left() + plot.right()) / 2, y, chart.categoryLabel(), LABEL_SIZE, Anchor.MIDDLE, true,
                    false, ChartStyle.TEXT));
        }
    }

    private void note() {
        if (!chart.hasWithheld() || chart.withheldNote().isEmpty()) {
            return;
        }
        y += 6;
        for (String line : TextMetrics.wrap(chart.withheldMark() + " " + chart.withheldNote(), SMALL_SIZE, false,
                WIDTH - 2 * PAD)) {
            y += SMALL_SIZE * 1.3;
            shapes.add(new Text(PAD, y, line, SMALL_SIZE, Anchor.START, false, false, ChartStyle.TEXT));
        }
    }

    private String axisLabel(double value) {
        return chart.format(value);
    }

    private double max() {
        return chart.series().stream().flatMap(one -> one.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private double stackedMax() {
        double max = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double total = 0;
            for (Chart.Series one : chart.series()) {
                Double value = one.values().get(c);
                total += value == null ? 0 : Math.max(0, value);
            }
            max = Math.max(max, total);
        }
        return max;
    }

    /** A value axis from 0 to a rounded top, with ticks at 1, 2 or 5 times a power of ten. */
    record Axis(double top, List<Double> ticks) {

        static Axis over(double max, Chart.ValueFormat format) {
            double target = max <= 0 ? 1 : max;
            double rough = target / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double normalised = rough / magnitude;
            double step = (normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10) * magnitude;
            if (format != Chart.ValueFormat.PERCENT && step < 1) {
                step = 1;
            }
            double top = Math.ceil(target / step - 1e-9) * step;
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; i * step <= top + step / 1000; i++) {
                ticks.add(i * step);
            }
            return new Axis(top, ticks);
        }
    }
}
