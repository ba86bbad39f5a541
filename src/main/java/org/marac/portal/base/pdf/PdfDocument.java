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
 * A plain A4 document of headings, wrapped paragraphs, tables and charts, every page marked with a protective marking
 * (for example OFFICIAL-SENSITIVE) at top and bottom, optionally with a running header (what the document is)
 * and page numbers. Enough for the portal's printed records and reports.
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float CELL_PADDING = 3;
    private static final float TABLE_FONT_SIZE = 9;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Something laid out on the page, top to bottom. */
    private sealed interface Element permits Block, Table, ChartBlock, PageBreak {
    }

    private record ChartBlock(Chart chart) implements Element {
    }

    private record PageBreak() implements Element {
    }

    private record Block(String text, PDType1Font font, float size, float spaceBefore) implements Element {
    }

    /** Columns share the page width in proportion to their weights; the header repeats on every page. */
    private record Table(List<String> headers, List<List<String>> rows, float[] weights) implements Element {
    }

    private final String marking;
    private final List<Element> elements = new ArrayList<>();
    private String runningHeader;
    private String pageLabel;

    public PdfDocument(String marking) {
        this.marking = marking;
    }

    /** A line under the marking on every page saying what the document is. */
    public PdfDocument runningHeader(String text) {
        this.runningHeader = text;
        return this;
    }

    /** Numbers every page in the footer, for example "Page {0} of {1}". */
    public PdfDocument pageNumbers(String pattern) {
        this.pageLabel = pattern;
        return this;
    }

    public PdfDocument title(String text) {
        elements.add(new Block(text, BOLD, 18, 0));
        return this;
    }

    public PdfDocument heading(String text) {
        elements.add(new Block(text, BOLD, 13, 14));
        return this;
    }

    public PdfDocument subheading(String text) {
        elements.add(new Block(text, BOLD, 11, 8));
        return this;
    }

    public PdfDocument paragraph(String text) {
        elements.add(new Block(text, REGULAR, 10, 4));
        return this;
    }

    /**
     * A table with a bold header row and ruled cells whose text wraps; columns get widths in proportion to
     * {@code weights} (equal when null). Every row must have as many cells as the header.
     */
    public PdfDocument table(List<String> headers, List<List<String>> rows, float... weights) {
        if (rows.stream().anyMatch(row -> row.size() != headers.size())) {
            throw new IllegalArgumentException("every row needs " + headers.size() + " cells");
        }
        float[] shares = weights == null || weights.length == 0 ? null : weights.clone();
        if (shares != null && shares.length != headers.size()) {
            throw new IllegalArgumentException("one weight per column");
        }
        elements.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList(), shares));
        return this;
    }

    /** A chart across the page's width, on the next page if it does not fit on this one. */
    public PdfDocument chart(Chart chart) {
        elements.add(new ChartBlock(chart));
        return this;
    }

    /** A chart followed by its figures as a table: what the chart shows, readable without seeing it. */
    public PdfDocument chartWithTable(Chart chart) {
        return chart(chart).table(chart.tableHeader(), chart.tableRows());
    }

    /** Starts the next element on a new page (after a cover page, say). */
    public PdfDocument pageBreak() {
        elements.add(new PageBreak());
        return this;
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            for (Element element : elements) {
                switch (element) {
                    case Block block -> writer.write(block);
                    case Table table -> writer.write(table);
                    case ChartBlock chart -> writer.write(chart.chart());
                    case PageBreak pageBreak -> writer.newPage();
                }
            }
            writer.close();
            numberPages(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPages(PDDocument document) throws IOException {
        if (pageLabel == null) {
            return;
        }
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = printable(java.text.MessageFormat.format(pageLabel, i + 1, total), REGULAR);
                float width = widthOf(label, REGULAR, 9);
                content.beginText();
                content.setFont(REGULAR, 9);
                content.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width, 24);
                content.showText(label);
                content.endText();
            }
        }
    }

    /** Lays elements out top to bottom, starting a new page when one is full. */
    private final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;
        private boolean pageEmpty;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void write(Block block) throws IOException {
            y -= pageEmpty ? 0 : block.spaceBefore();
            for (String line : wrap(block.text(), block.font(), block.size(), WIDTH)) {
                float height = block.size() * 1.35f;
                if (y - height < BOTTOM) {
                    newPage();
                }
                y -= height;
                text(line, block.font(), block.size(), MARGIN, y);
            }
            pageEmpty = false;
        }

        void write(Table table) throws IOException {
            float[] widths = columnWidths(table);
            y -= pageEmpty ? 0 : 6;
            List<List<String>> header = cells(table.headers(), BOLD, widths);
            if (y - rowHeight(header) - rowHeight(firstRow(table, widths)) < BOTTOM) {
                newPage();
            }
            row(header, BOLD, widths);
            for (List<String> values : table.rows()) {
                List<List<String>> row = cells(values, REGULAR, widths);
                if (y - rowHeight(row) < BOTTOM) {
                    newPage();
                    row(header, BOLD, widths);
                }
                row(row, REGULAR, widths);
            }
            pageEmpty = false;
        }

        void write(Chart chart) throws IOException {
            float height = PdfChartRenderer.height(chart, WIDTH);
            float pageRoom = PDRectangle.A4.getHeight() - MARGIN - 10 - BOTTOM;
            if (y - 8 - Math.min(height, pageRoom) < BOTTOM) {
                newPage();
            }
            y -= 8;
            y -= PdfChartRenderer.draw(chart, content, MARGIN, y, WIDTH, pageRoom);
            pageEmpty = false;
        }

        private List<List<String>> firstRow(Table table, float[] widths) throws IOException {
            return table.rows().isEmpty() ? List.of() : cells(table.rows().get(0), REGULAR, widths);
        }

        private void row(List<List<String>> cells, PDType1Font font, float[] widths) throws IOException {
            float height = rowHeight(cells);
            float x = MARGIN;
            for (int column = 0; column < cells.size(); column++) {
                content.addRect(x, y - height, widths[column], height);
                float lineY = y - CELL_PADDING - TABLE_FONT_SIZE;
                for (String line : cells.get(column)) {
                    text(line, font, TABLE_FONT_SIZE, x + CELL_PADDING, lineY);
                    lineY -= TABLE_FONT_SIZE * 1.3f;
                }
                x += widths[column];
            }
            content.setLineWidth(0.5f);
            content.stroke();
            y -= height;
        }

        private void text(String line, PDType1Font font, float size, float x, float at) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(line);
            content.endText();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            float top = PDRectangle.A4.getHeight();
            mark(top - 30);
            mark(24);
            y = top - MARGIN - 10;
            if (runningHeader != null) {
                text(printable(runningHeader, REGULAR), REGULAR, 9, MARGIN, top - 42);
            }
            pageEmpty = true;
        }

        private void mark(float at) throws IOException {
            text(marking, BOLD, 9, MARGIN, at);
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
    }

    private static float[] columnWidths(Table table) {
        int columns = table.headers().size();
        float[] weights = table.weights();
        float total = 0;
        for (int i = 0; i < columns; i++) {
            total += weights == null ? 1 : weights[i];
        }
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = WIDTH * (weights == null ? 1 : weights[i]) / total;
        }
        return widths;
    }

    private static List<List<String>> cells(List<String> values, PDType1Font font, float[] widths) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int column = 0; column < values.size(); column++) {
            cells.add(wrap(values.get(column), font, TABLE_FONT_SIZE, widths[column] - 2 * CELL_PADDING));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(0);
        return lines == 0 ? 0 : lines * TABLE_FONT_SIZE * 1.3f + 2 * CELL_PADDING;
    }

    /**
     * Splits text into lines that fit the width; characters the standard font lacks become '?', and a word
     * longer than the width is broken.
     */
    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            paragraph = printable(paragraph, font);
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (widthOf(word, font, size) > width && word.length() > 1) {
                    int fits = word.length() - 1;
                    while (fits > 1 && widthOf(word.substring(0, fits), font, size) > width) {
                        fits--;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (widthOf(candidate, font, size) > width && !line.isEmpty()) {
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

    private static float widthOf(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
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
