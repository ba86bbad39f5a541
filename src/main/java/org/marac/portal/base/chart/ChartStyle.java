package org.marac.portal.base.chart;

import java.util.List;

/**
 * How series look, the same in SVG and PDF. Colour never carries meaning alone: each series also has its own
 * fill pattern (bars), dash and marker shape (lines), and bars and lines are labelled. Every colour has at
 * least 4.5:1 contrast with the white background, so it works for text as well as shapes (WCAG 2.2 AA), and
 * the white pattern strokes drawn over it contrast with it equally.
 */
public final class ChartStyle {

    /** Dark enough for text on white; neighbours differ in hue as well as pattern. */
    public static final List<String> COLOURS = List.of("#0b57d0", "#b3261e", "#146c2e", "#7a4a00", "#6a1b9a", "#00677f",
            "#3c4043", "#9c1458");

    public static final String TEXT = "#1f1f1f";
    public static final String AXIS = "#3c4043";
    public static final String GRID = "#d9d9d9";
    public static final String PATTERN_STROKE = "#ffffff";

    /** The side of a pattern tile, in chart units. */
    static final double TILE = 8;

    /** A fill pattern: white strokes and dots over the series colour, repeated in tiles. */
    record Pattern(String name, List<double[]> strokes, List<double[]> dots) {
    }

    static final List<Pattern> PATTERNS = List.of(
            new Pattern("solid", List.of(), List.of()),
            new Pattern("diagonal", List.of(new double[] {-2, 2, 2, -2}, new double[] {0, 8, 8, 0}, new double[] {6, 10, 10, 6}),
                    List.of()),
            new Pattern("dots", List.of(), List.of(new double[] {2, 2, 1.4}, new double[] {6, 6, 1.4})),
            new Pattern("horizontal", List.of(new double[] {0, 4, 8, 4}), List.of()),
            new Pattern("crosshatch", List.of(new double[] {0, 0, 8, 8}, new double[] {8, 0, 0, 8}), List.of()),
            new Pattern("vertical", List.of(new double[] {4, 0, 4, 8}), List.of()),
            new Pattern("backslash", List.of(new double[] {-2, 6, 2, 10}, new double[] {0, 0, 8, 8}, new double[] {6, -2, 10, 2}),
                    List.of()),
            new Pattern("grid", List.of(new double[] {0, 4, 8, 4}, new double[] {4, 0, 4, 8}), List.of()));

    /** Marker shapes for line series, in the same order as the colours. */
    enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS, TRIANGLE_DOWN, PLUS, BAR
    }

    /** Dash patterns for line series (empty: solid). */
    static final List<double[]> DASHES = List.of(new double[0], new double[] {7, 3}, new double[] {2, 3},
            new double[] {9, 3, 2, 3}, new double[] {4, 4}, new double[] {12, 4}, new double[] {2, 6}, new double[] {6, 2, 2, 2, 2, 2});

    private ChartStyle() {
    }

    public static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    static Pattern pattern(int series) {
        return PATTERNS.get(series % PATTERNS.size());
    }

    static Marker marker(int series) {
        return Marker.values()[series % Marker.values().length];
    }

    static double[] dash(int series) {
        return DASHES.get(series % DASHES.size());
    }

    /** The WCAG contrast ratio of two colours written as {@code #rrggbb}. */
    public static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Red, green and blue from 0 to 1, for PDF drawing. */
    static float[] rgb(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return new float[] {((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f};
    }
}
