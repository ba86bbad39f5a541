package org.marac.portal.base.chart;

import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.marac.portal.base.chart.Scene.Box;
import org.marac.portal.base.chart.Scene.Marker;
import org.marac.portal.base.chart.Scene.Polyline;
import org.marac.portal.base.chart.Scene.Segment;
import org.marac.portal.base.chart.Scene.Text;

/**
 * A chart as an SVG document for the browser, shown inline (Vaadin's {@code Svg} component): an image with an
 * accessible name (its {@code <title>}) and description ({@code <desc>}), which scales to its container. The
 * shapes inside are presentational; the chart's table alternative carries the figures for screen readers.
 */
public final class SvgChartRenderer {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SvgChartRenderer() {
    }

    /**
     * @param idPrefix makes the document's ids (title, description, patterns) unique on a page holding several
     *                 charts; letters, digits, '-' and '_', starting with a letter
     */
    public static String render(Chart chart, String idPrefix) {
        if (!ID.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("Not a usable id prefix: " + idPrefix);
        }
        Scene scene = ChartLayout.lay(chart);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(number(scene.width())).append(' ').append(number(scene.height()))
                .append("\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"").append(idPrefix).append("-title\"")
                .append(" aria-describedby=\"").append(idPrefix).append("-desc\"")
                .append(" font-family=\"Helvetica, Arial, sans-serif\">");
        svg.append("<title id=\"").append(idPrefix).append("-title\">").append(escape(chart.title())).append("</title>");
        String description = (chart.summary() + (chart.hasWithheld() && !chart.withheldNote().isEmpty()
                ? " " + chart.withheldMark() + " " + chart.withheldNote() : "")).strip();
        svg.append("<desc id=\"").append(idPrefix).append("-desc\">").append(escape(description)).append("</desc>");
        definePatterns(svg, scene, idPrefix);
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(number(scene.width())).append("\" height=\"")
                .append(number(scene.height())).append("\" fill=\"#ffffff\"></rect>");
        for (Scene.Shape shape : scene.shapes()) {
            switch (shape) {
                case Box box -> svg.append("<rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
                        .append("\" width=\"").append(number(box.width())).append("\" height=\"").append(number(box.height()))
                        .append("\" fill=\"url(#").append(idPrefix).append("-pattern-").append(box.series() % ChartStyle.PATTERNS.size())
                        .append(")\" stroke=\"").append(ChartStyle.colour(box.series())).append("\" stroke-width=\"1\"></rect>");
                case Segment line -> svg.append("<line x1=\"").append(number(line.x1())).append("\" y1=\"").append(number(line.y1()))
                        .append("\" x2=\"").append(number(line.x2())).append("\" y2=\"").append(number(line.y2()))
                        .append("\" stroke=\"").append(line.colour()).append("\" stroke-width=\"").append(number(line.strokeWidth()))
                        .append("\"></line>");
                case Polyline line -> polyline(svg, line);
                case Marker marker -> marker(svg, marker);
                case Text text -> text(svg, text);
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One pattern per series style used: the series colour with white strokes and dots over it. */
    private static void definePatterns(StringBuilder svg, Scene scene, String idPrefix) {
        TreeSet<Integer> used = new TreeSet<>();
        scene.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast)
                .forEach(box -> used.add(box.series() % ChartStyle.PATTERNS.size()));
        if (used.isEmpty()) {
            return;
        }
        svg.append("<defs>");
        for (int style : used) {
            ChartStyle.Pattern pattern = ChartStyle.pattern(style);
            String tile = number(ChartStyle.TILE);
            svg.append("<pattern id=\"").append(idPrefix).append("-pattern-").append(style)
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"").append(tile).append("\" height=\"").append(tile)
                    .append("\"><rect width=\"").append(tile).append("\" height=\"").append(tile).append("\" fill=\"")
                    .append(ChartStyle.colour(style)).append("\"></rect>");
            for (double[] stroke : pattern.strokes()) {
                svg.append("<line x1=\"").append(number(stroke[0])).append("\" y1=\"").append(number(stroke[1]))
                        .append("\" x2=\"").append(number(stroke[2])).append("\" y2=\"").append(number(stroke[3]))
                        .append("\" stroke=\"").append(ChartStyle.PATTERN_STROKE).append("\" stroke-width=\"1.5\"></line>");
            }
            for (double[] dot : pattern.dots()) {
                svg.append("<circle cx=\"").append(number(dot[0])).append("\" cy=\"").append(number(dot[1]))
                        .append("\" r=\"").append(number(dot[2])).append("\" fill=\"").append(ChartStyle.PATTERN_STROKE)
                        .append("\"></circle>");
            }
            svg.append("</pattern>");
        }
        svg.append("</defs>");
    }

    private static void polyline(StringBuilder svg, Polyline line) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(ChartStyle.colour(line.series()))
                .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"");
        double[] dash = ChartStyle.dash(line.series());
        if (dash.length > 0) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                svg.append(i == 0 ? "" : " ").append(number(dash[i]));
            }
            svg.append('"');
        }
        svg.append(" points=\"");
        for (int i = 0; i < line.xs().length; i++) {
            svg.append(i == 0 ? "" : " ").append(number(line.xs()[i])).append(',').append(number(line.ys()[i]));
        }
        svg.append("\"></polyline>");
    }

    private static void marker(StringBuilder svg, Marker marker) {
        String colour = ChartStyle.colour(marker.series());
        double x = marker.x();
        double y = marker.y();
        String attributes = "\" fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"></";
        switch (ChartStyle.marker(marker.series())) {
            case CIRCLE -> svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                    .append("\" r=\"4").append(attributes).append("circle>");
            case SQUARE -> svg.append("<rect x=\"").append(number(x - 4)).append("\" y=\"").append(number(y - 4))
                    .append("\" width=\"8\" height=\"8").append(attributes).append("rect>");
            default -> {
                svg.append("<polygon points=\"");
                double[] points = MarkerShapes.points(ChartStyle.marker(marker.series()), x, y);
                for (int i = 0; i < points.length; i += 2) {
                    svg.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
                }
                svg.append(attributes).append("polygon>");
            }
        }
    }

    private static void text(StringBuilder svg, Text text) {
        svg.append("<text x=\"").append(number(text.x())).append("\" y=\"").append(number(text.y()))
                .append("\" font-size=\"").append(number(text.size())).append("\" fill=\"").append(text.colour()).append('"');
        if (text.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (text.anchor() != Scene.Anchor.START) {
            svg.append(" text-anchor=\"").append(text.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (text.vertical()) {
            svg.append(" transform=\"rotate(-90 ").append(number(text.x())).append(' ').append(number(text.y())).append(")\"");
        }
        svg.append('>').append(escape(text.text())).append("</text>");
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Text and attribute values escaped for XML: chart text comes from data and must never become markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
