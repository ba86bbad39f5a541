package org.marac.portal.base;

/** CSV written for spreadsheets: cells quoted when needed, formulas never started by data. */
public final class Csv {

    private Csv() {
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading formula character is neutralised. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** One line of cells, ended by a line break. */
    public static String line(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        return line.append('\n').toString();
    }
}
