package org.marac.portal.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.marac.portal.base.chart.Chart;
import org.marac.portal.base.chart.PdfChartRenderer;

/**
 * A plain A4 document of headings, wrapped paragraphs, tables and charts, every page marked with a protective
 * marking (for example OFFICIAL-SENSITIVE) at top and bottom. Enough for the portal's printed records and
 * reports.
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float TABLE_SIZE = 9;
    private static final float CELL_PADDING = 3;

    /** Something laid out top to bottom on the pages. */
    private interface Block {
        void write(Writer writer) throws IOException;
    }

    private record TextBlock(String text, PDType1Font font, float size, float spaceBefore) implements Block {
        @Override
        public void write(Writer writer) throws IOException {
            writer.text(this);
        }
    }

    private record ChartBlock(Chart chart) implements Block {
        @Override
        public void write(Writer writer) throws IOException {
            writer.chart(chart);
        }
    }

    private record TableBlock(List<String> header, List<List<String>> rows) implements Block {
        @Override
        public void write(Writer writer) throws IOException {
            writer.table(this);
        }
    }

    private final String marking;
    private final List<Block> blocks = new ArrayList<>();

    public PdfDocument(String marking) {
        this.marking = marking;
    }

    public PdfDocument title(String text) {
        blocks.add(new TextBlock(text, BOLD, 18, 0));
        return this;
    }

    public PdfDocument heading(String text) {
        blocks.add(new TextBlock(text, BOLD, 13, 14));
        return this;
    }

    public PdfDocument paragraph(String text) {
        blocks.add(new TextBlock(text, REGULAR, 10, 4));
        return this;
    }

    /** A chart across the page's width, on the next page if it does not fit on this one. */
    public PdfDocument chart(Chart chart) {
        blocks.add(new ChartBlock(chart));
        return this;
    }

    /**
     * A table with a bold header row, repeated at the top of each page it runs onto. The first column takes
     * what its longest entry needs (up to 40% of the width); the others share the rest.
     */
    public PdfDocument table(List<String> header, List<List<String>> rows) {
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Each row needs " + header.size() + " cells");
            }
        }
        blocks.add(new TableBlock(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    /** A chart followed by its figures as a table: what the chart shows, readable without seeing it. */
    public PdfDocument chartWithTable(Chart chart) {
        return chart(chart).table(chart.tableHeader(), chart.tableRows());
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            for (Block block : blocks) {
                block.write(writer);
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays blocks out top to bottom, starting a new page when one is full. */
    private final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void text(TextBlock block) throws IOException {
            y -= block.spaceBefore();
            for (String line : wrap(block.text(), block.font(), block.size(), WIDTH)) {
                float height = block.size() * 1.35f;
                if (y - height < BOTTOM) {
                    newPage();
                }
                y -= height;
                show(line, block.font(), block.size(), MARGIN, y);
            }
        }

        void chart(Chart chart) throws IOException {
            float height = PdfChartRenderer.height(chart, WIDTH);
            float pageRoom = PDRectangle.A4.getHeight() - MARGIN - 10 - BOTTOM;
            if (y - 8 - Math.min(height, pageRoom) < BOTTOM) {
                newPage();
            }
            y -= 8;
            y -= PdfChartRenderer.draw(chart, content, MARGIN, y, WIDTH, pageRoom);
        }

        void table(TableBlock table) throws IOException {
            float[] widths = columnWidths(table);
            y -= 6;
            row(table.header(), widths, BOLD, true);
            for (List<String> cells : table.rows()) {
                if (row(cells, widths, REGULAR, false)) {
                    row(table.header(), widths, BOLD, true);
                    row(cells, widths, REGULAR, false);
                }
            }
        }

        /**
         * Writes one row of wrapped cells with a rule under it.
         *
         * @return true if the row did not fit and a new page was started instead (the caller repeats the header)
         */
        private boolean row(List<String> cells, float[] widths, PDType1Font font, boolean header) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int tallest = 1;
            for (int c = 0; c < cells.size(); c++) {
                List<String> wrapped = wrap(cells.get(c), font, TABLE_SIZE, widths[c] - 2 * CELL_PADDING);
                lines.add(wrapped);
                tallest = Math.max(tallest, wrapped.size());
            }
            float lineHeight = TABLE_SIZE * 1.3f;
            float height = tallest * lineHeight + 2 * CELL_PADDING;
            if (y - height < BOTTOM) {
                newPage();
                if (!header) {
                    return true;
                }
            }
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                float lineY = y - CELL_PADDING;
                for (String line : lines.get(c)) {
                    lineY -= lineHeight;
                    show(line, font, TABLE_SIZE, x + CELL_PADDING, lineY + 2);
                }
                x += widths[c];
            }
            y -= height;
            content.setStrokingColor(header ? 0.2f : 0.75f, header ? 0.2f : 0.75f, header ? 0.2f : 0.75f);
            content.setLineWidth(header ? 0.8f : 0.4f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
            return false;
        }

        private float[] columnWidths(TableBlock table) throws IOException {
            int columns = table.header().size();
            float[] widths = new float[columns];
            if (columns == 1) {
                widths[0] = WIDTH;
                return widths;
            }
            float first = textWidth(table.header().getFirst(), BOLD, TABLE_SIZE);
            for (List<String> row : table.rows()) {
                first = Math.max(first, textWidth(row.getFirst(), REGULAR, TABLE_SIZE));
            }
            widths[0] = Math.min(WIDTH * 0.4f, first + 2 * CELL_PADDING + 2);
            for (int c = 1; c < columns; c++) {
                widths[c] = (WIDTH - widths[0]) / (columns - 1);
            }
            return widths;
        }

        private void show(String line, PDType1Font font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            float top = PDRectangle.A4.getHeight();
            mark(top - 30);
            mark(24);
            y = top - MARGIN - 10;
        }

        private void mark(float at) throws IOException {
            content.beginText();
            content.setFont(BOLD, 9);
            content.newLineAtOffset(MARGIN, at);
            content.showText(marking);
            content.endText();
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
    }

    private static float textWidth(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000 * size;
    }

    /** Splits text into lines that fit the width; characters the standard font lacks become '?'. */
    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            paragraph = printable(paragraph, font);
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException unsupported) {
                out.append(cp == '\t' ? " " : "?");
            }
        });
        return out.toString();
    }
}
