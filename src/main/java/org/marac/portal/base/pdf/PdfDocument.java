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

/**
 * A plain A4 document of headings, wrapped paragraphs and simple tables, every page marked with a
 * protective marking (for example OFFICIAL-SENSITIVE) at top and bottom, optionally with a running header
 * (what the document is) and page numbers. Enough for the portal's printed records.
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float CELL_PADDING = 3;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private sealed interface Block permits Text, Table, PageBreak {
    }

    private record Text(String text, PDType1Font font, float size, float spaceBefore) implements Block {
    }

    private record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }

    private record PageBreak() implements Block {
    }

    private final String marking;
    private final List<Block> blocks = new ArrayList<>();
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
        blocks.add(new Text(text, BOLD, 18, 0));
        return this;
    }

    public PdfDocument heading(String text) {
        blocks.add(new Text(text, BOLD, 13, 14));
        return this;
    }

    public PdfDocument subheading(String text) {
        blocks.add(new Text(text, BOLD, 11, 8));
        return this;
    }

    public PdfDocument paragraph(String text) {
        blocks.add(new Text(text, REGULAR, 10, 4));
        return this;
    }

    /**
     * A table with a bold header row (repeated on each page it runs onto); cells wrap within their column.
     * {@code widths} are relative column widths, one per header.
     */
    public PdfDocument table(List<String> headers, List<List<String>> rows, float... widths) {
        if (widths.length != headers.size() || rows.stream().anyMatch(row -> row.size() != headers.size())) {
            throw new IllegalArgumentException("Every row needs one cell per column");
        }
        blocks.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList(), widths.clone()));
        return this;
    }

    /** Starts the next block on a new page (after a cover page, say). */
    public PdfDocument pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            for (Block block : blocks) {
                switch (block) {
                    case Text text -> writer.write(text);
                    case Table table -> writer.write(table);
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
                float width = REGULAR.getStringWidth(label) / 1000 * 9;
                content.beginText();
                content.setFont(REGULAR, 9);
                content.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width, 24);
                content.showText(label);
                content.endText();
            }
        }
    }

    /** Lays blocks out top to bottom, starting a new page when one is full. */
    private final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;
        private boolean pageEmpty;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void write(Text block) throws IOException {
            y -= pageEmpty ? 0 : block.spaceBefore();
            for (String line : wrap(block.text(), block.font(), block.size(), WIDTH)) {
                float height = block.size() * 1.35f;
                if (y - height < MARGIN + 20) {
                    newPage();
                }
                y -= height;
                show(line, block.font(), block.size(), MARGIN, y);
            }
            pageEmpty = false;
        }

        void write(Table table) throws IOException {
            float total = 0;
            for (float width : table.widths()) {
                total += width;
            }
            float[] columns = new float[table.widths().length];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = WIDTH * table.widths()[i] / total;
            }
            y -= pageEmpty ? 0 : 6;
            row(table.headers(), columns, BOLD, true);
            for (List<String> cells : table.rows()) {
                if (!fits(cells, columns, REGULAR)) {
                    newPage();
                    row(table.headers(), columns, BOLD, true);
                }
                row(cells, columns, REGULAR, false);
            }
            pageEmpty = false;
        }

        private boolean fits(List<String> cells, float[] columns, PDType1Font font) throws IOException {
            return y - rowHeight(cells, columns, font) >= MARGIN + 20;
        }

        private float rowHeight(List<String> cells, float[] columns, PDType1Font font) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, wrap(cells.get(i), font, 9, columns[i] - 2 * CELL_PADDING).size());
            }
            return lines * 9 * 1.3f + 2 * CELL_PADDING;
        }

        private void row(List<String> cells, float[] columns, PDType1Font font, boolean header) throws IOException {
            float height = rowHeight(cells, columns, font);
            if (y - height < MARGIN + 20) {
                newPage();
            }
            float top = y;
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float lineY = top - CELL_PADDING;
                for (String line : wrap(cells.get(i), font, 9, columns[i] - 2 * CELL_PADDING)) {
                    lineY -= 9 * 1.3f;
                    show(line, font, 9, x + CELL_PADDING, lineY + 2);
                }
                x += columns[i];
            }
            y = top - height;
            content.setLineWidth(header ? 0.8f : 0.3f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
        }

        private void show(String line, PDType1Font font, float size, float x, float at) throws IOException {
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
                show(printable(runningHeader, REGULAR), REGULAR, 9, MARGIN, top - 42);
            }
            pageEmpty = true;
        }

        private void mark(float at) throws IOException {
            show(marking, BOLD, 9, MARGIN, at);
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
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
