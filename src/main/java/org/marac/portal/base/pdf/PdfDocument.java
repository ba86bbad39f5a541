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
 * A plain A4 document of headings and wrapped paragraphs, every page marked with a protective marking
 * (for example OFFICIAL-SENSITIVE) at top and bottom. Enough for the portal's printed records.
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Block(String text, PDType1Font font, float size, float spaceBefore) {
    }

    private final String marking;
    private final List<Block> blocks = new ArrayList<>();

    public PdfDocument(String marking) {
        this.marking = marking;
    }

    public PdfDocument title(String text) {
        blocks.add(new Block(text, BOLD, 18, 0));
        return this;
    }

    public PdfDocument heading(String text) {
        blocks.add(new Block(text, BOLD, 13, 14));
        return this;
    }

    public PdfDocument paragraph(String text) {
        blocks.add(new Block(text, REGULAR, 10, 4));
        return this;
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            for (Block block : blocks) {
                writer.write(block);
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

        void write(Block block) throws IOException {
            y -= block.spaceBefore();
            for (String line : wrap(block.text(), block.font(), block.size())) {
                float height = block.size() * 1.35f;
                if (y - height < MARGIN + 20) {
                    newPage();
                }
                y -= height;
                content.beginText();
                content.setFont(block.font(), block.size());
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
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

    /** Splits text into lines that fit the page width; characters the standard font lacks become '?'. */
    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            paragraph = printable(paragraph, font);
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
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
