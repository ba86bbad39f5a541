package org.marac.portal.base.chart;

/** Marker outlines as polygon points around a centre, shared by both renderers. */
final class MarkerShapes {

    private static final double R = 4.5;

    private MarkerShapes() {
    }

    /** x, y pairs of the marker's outline; circles and squares are drawn natively and also given here. */
    static double[] points(ChartStyle.Marker marker, double x, double y) {
        return switch (marker) {
            case CIRCLE -> circle(x, y);
            case SQUARE -> new double[] {x - 4, y - 4, x + 4, y - 4, x + 4, y + 4, x - 4, y + 4};
            case TRIANGLE -> new double[] {x, y - R - 0.5, x + R, y + R - 1, x - R, y + R - 1};
            case TRIANGLE_DOWN -> new double[] {x, y + R + 0.5, x + R, y - R + 1, x - R, y - R + 1};
            case DIAMOND -> new double[] {x, y - R - 0.5, x + R, y, x, y + R + 0.5, x - R, y};
            case CROSS -> cross(x, y, 45);
            case PLUS -> cross(x, y, 0);
            case BAR -> new double[] {x - 5, y - 2, x + 5, y - 2, x + 5, y + 2, x - 5, y + 2};
        };
    }

    private static double[] circle(double x, double y) {
        double[] points = new double[24];
        for (int i = 0; i < 12; i++) {
            double angle = Math.PI * 2 * i / 12;
            points[2 * i] = x + 4 * Math.cos(angle);
            points[2 * i + 1] = y + 4 * Math.sin(angle);
        }
        return points;
    }

    /** A plus (0 degrees) or a cross (45 degrees) with arms 1.6 wide. */
    private static double[] cross(double x, double y, double degrees) {
        double a = 1.6;
        double b = R;
        double[] plus = {-a, -b, a, -b, a, -a, b, -a, b, a, a, a, a, b, -a, b, -a, a, -b, a, -b, -a, -a, -a};
        double angle = Math.toRadians(degrees);
        double[] points = new double[plus.length];
        for (int i = 0; i < plus.length; i += 2) {
            points[i] = x + plus[i] * Math.cos(angle) - plus[i + 1] * Math.sin(angle);
            points[i + 1] = y + plus[i] * Math.sin(angle) + plus[i + 1] * Math.cos(angle);
        }
        return points;
    }
}
