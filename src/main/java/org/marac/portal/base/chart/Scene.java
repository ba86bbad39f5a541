package org.marac.portal.base.chart;

import java.util.List;

/**
 * A chart laid out as simple shapes in chart units (origin top left, y downwards). Both renderers draw the
 * same scene, so the browser and the PDF show the same chart.
 */
record Scene(double width, double height, List<Shape> shapes) {

    sealed interface Shape permits Box, Segment, Polyline, Marker, Text {
    }

    /** A bar or legend swatch filled with the series' colour and pattern. */
    record Box(double x, double y, double width, double height, int series) implements Shape {
    }

    /** An axis, tick or grid line. */
    record Segment(double x1, double y1, double x2, double y2, String colour, double strokeWidth) implements Shape {
    }

    /** A line series (or its legend sample), drawn in the series' colour and dash. */
    record Polyline(double[] xs, double[] ys, int series) implements Shape {
    }

    /** A point of a line series, in the series' marker shape. */
    record Marker(double x, double y, int series) implements Shape {
    }

    enum Anchor {
        START, MIDDLE, END
    }

    /** Text at a baseline point; {@code vertical} text reads bottom to top. */
    record Text(double x, double y, String text, double size, Anchor anchor, boolean bold, boolean vertical,
            String colour) implements Shape {
    }
}
