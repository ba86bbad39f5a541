package org.marac.portal.base.chart;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text widths from Helvetica's metrics: the PDF draws in Helvetica and the SVG asks for Helvetica or Arial,
 * whose widths match, so labels are placed the same in both.
 */
final class TextMetrics {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TextMetrics() {
    }

    static double width(String text, double size, boolean bold) {
        PDType1Font font = bold ? BOLD : REGULAR;
        double total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            try {
                total += font.getStringWidth(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                total += 556;
            }
            i += Character.charCount(codePoint);
        }
        return total / 1000 * size;
    }

    /** The text cut to fit the width, ending in an ellipsis when cut. */
    static String fit(String text, double size, boolean bold, double maxWidth) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "\u2026", size, bold) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "\u2026";
    }

    /** Splits text into lines no wider than the width. */
    static java.util.List<String> wrap(String text, double size, boolean bold, double maxWidth) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with characters the standard PDF fonts lack replaced by '?'. */
    static String printable(String text, boolean bold) {
        PDType1Font font = bold ? BOLD : REGULAR;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append(codePoint == '\t' ? " " : "?");
            }
        });
        return out.toString();
    }
}
