package org.marac.portal.base.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.util.Matrix;
import org.marac.portal.base.chart.Scene.Box;
import org.marac.portal.base.chart.Scene.Marker;
import org.marac.portal.base.chart.Scene.Polyline;
import org.marac.portal.base.chart.Scene.Segment;
import org.marac.portal.base.chart.Scene.Text;

/**
 * A chart drawn into a PDF page with PDFBox: the same layout as the browser's SVG, scaled to the space
 * given, with real text (so it can be searched, copied and read out) and the same colours, patterns and
 * line styles.
 */
public final class PdfChartRenderer {

    private PdfChartRenderer() {
    }

    /** The height the chart takes when drawn this wide, in PDF points. */
    public static float height(Chart chart, float width) {
        Scene scene = ChartLayout.lay(chart);
        return (float) (scene.height() * width / scene.width());
    }

    /**
     * Draws the chart with its top left corner at ({@code x}, {@code top}), {@code width} wide, shrunk further
     * if it would be taller than {@code maxHeight}.
     *
     * @return the height drawn, in PDF points
     */
    public static float draw(Chart chart, PDPageContentStream content, float x, float top, float width, float maxHeight) {
        Scene scene = ChartLayout.lay(chart);
        double scale = Math.min(width / scene.width(), maxHeight / scene.height());
        Drawing drawing = new Drawing(content, x, top, scale);
        try {
            for (Scene.Shape shape : scene.shapes()) {
                switch (shape) {
                    case Box box -> drawing.box(box);
                    case Segment line -> drawing.segment(line);
                    case Polyline line -> drawing.polyline(line);
                    case Marker marker -> drawing.marker(marker);
                    case Text text -> drawing.text(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (float) (scene.height() * scale);
    }

    /** Scene units to PDF points: scaled, and y turned upwards. */
    private record Drawing(PDPageContentStream content, float originX, float originTop, double scale) {

        float x(double sceneX) {
            return (float) (originX + sceneX * scale);
        }

        float y(double sceneY) {
            return (float) (originTop - sceneY * scale);
        }

        float length(double sceneLength) {
            return (float) (sceneLength * scale);
        }

        void fill(String colour) throws IOException {
            float[] rgb = ChartStyle.rgb(colour);
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }

        void stroke(String colour) throws IOException {
            float[] rgb = ChartStyle.rgb(colour);
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        }

        /** The colour, then the pattern's tiles clipped to the box, then the outline. */
        void box(Box box) throws IOException {
            String colour = ChartStyle.colour(box.series());
            float left = x(box.x());
            float bottom = y(box.y() + box.height());
            float width = length(box.width());
            float height = length(box.height());
            fill(colour);
            content.addRect(left, bottom, width, height);
            content.fill();
            ChartStyle.Pattern pattern = ChartStyle.pattern(box.series());
            if (!pattern.strokes().isEmpty() || !pattern.dots().isEmpty()) {
                content.saveGraphicsState();
                content.addRect(left, bottom, width, height);
                content.clip();
                stroke(ChartStyle.PATTERN_STROKE);
                fill(ChartStyle.PATTERN_STROKE);
                content.setLineWidth(length(1.5));
                for (double tileX = Math.floor(box.x() / ChartStyle.TILE) * ChartStyle.TILE; tileX < box.x() + box.width();
                        tileX += ChartStyle.TILE) {
                    for (double tileY = Math.floor(box.y() / ChartStyle.TILE) * ChartStyle.TILE; tileY < box.y() + box.height();
                            tileY += ChartStyle.TILE) {
                        for (double[] line : pattern.strokes()) {
                            content.moveTo(x(tileX + line[0]), y(tileY + line[1]));
                            content.lineTo(x(tileX + line[2]), y(tileY + line[3]));
                        }
                        if (!pattern.strokes().isEmpty()) {
                            content.stroke();
                        }
                        for (double[] dot : pattern.dots()) {
                            polygon(circle(tileX + dot[0], tileY + dot[1], dot[2]));
                            content.fill();
                        }
                    }
                }
                content.restoreGraphicsState();
            }
            stroke(colour);
            content.setLineWidth(length(1));
            content.addRect(left, bottom, width, height);
            content.stroke();
        }

        void segment(Segment line) throws IOException {
            stroke(line.colour());
            content.setLineWidth(length(line.strokeWidth()));
            content.setLineDashPattern(new float[0], 0);
            content.moveTo(x(line.x1()), y(line.y1()));
            content.lineTo(x(line.x2()), y(line.y2()));
            content.stroke();
        }

        void polyline(Polyline line) throws IOException {
            stroke(ChartStyle.colour(line.series()));
            content.setLineWidth(length(2.5));
            double[] dash = ChartStyle.dash(line.series());
            float[] pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = length(dash[i]);
            }
            content.setLineDashPattern(pattern, 0);
            content.moveTo(x(line.xs()[0]), y(line.ys()[0]));
            for (int i = 1; i < line.xs().length; i++) {
                content.lineTo(x(line.xs()[i]), y(line.ys()[i]));
            }
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
        }

        void marker(Marker marker) throws IOException {
            fill(ChartStyle.colour(marker.series()));
            stroke(ChartStyle.PATTERN_STROKE);
            content.setLineWidth(length(1));
            polygon(MarkerShapes.points(ChartStyle.marker(marker.series()), marker.x(), marker.y()));
            content.fillAndStroke();
        }

        void text(Text text) throws IOException {
            PDType1Font font = text.bold() ? TextMetrics.BOLD : TextMetrics.REGULAR;
            String printable = TextMetrics.printable(text.text(), text.bold());
            double width = TextMetrics.width(printable, text.size(), text.bold());
            double shift = switch (text.anchor()) {
                case START -> 0;
                case MIDDLE -> width / 2;
                case END -> width;
            };
            fill(text.colour());
            content.beginText();
            content.setFont(font, length(text.size()));
            if (text.vertical()) {
                content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x(text.x()), y(text.y() + shift)));
            } else {
                content.setTextMatrix(Matrix.getTranslateInstance(x(text.x() - shift), y(text.y())));
            }
            content.showText(printable);
            content.endText();
        }

        private void polygon(double[] points) throws IOException {
            content.moveTo(x(points[0]), y(points[1]));
            for (int i = 2; i < points.length; i += 2) {
                content.lineTo(x(points[i]), y(points[i + 1]));
            }
            content.closePath();
        }

        private static double[] circle(double cx, double cy, double r) {
            double[] points = new double[16];
            for (int i = 0; i < 8; i++) {
                points[2 * i] = cx + r * Math.cos(Math.PI * i / 4);
                points[2 * i + 1] = cy + r * Math.sin(Math.PI * i / 4);
            }
            return points;
        }
    }
}
