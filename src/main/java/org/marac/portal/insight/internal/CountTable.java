package org.marac.portal.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.marac.portal.insight.Figure;
import org.marac.portal.insight.FigureTable;

/**
 * Counts in rows and columns (some columns hidden, such as a complement anyone could work out), the groups in
 * which they add up, and which are withheld; turned into a {@link FigureTable} of shown columns, counts and
 * shares.
 */
final class CountTable {

    private final List<String> rowLabels;
    private final int columns;
    private final long[] counts;
    private final Suppression.Groups groups;
    private boolean[] withheld;

    CountTable(List<String> rowLabels, int columns) {
        this.rowLabels = List.copyOf(rowLabels);
        this.columns = columns;
        this.counts = new long[rowLabels.size() * columns];
        this.groups = new Suppression.Groups(columns);
    }

    int rows() {
        return rowLabels.size();
    }

    void add(int row, int column, long value) {
        counts[row * columns + column] += value;
    }

    void set(int row, int column, long value) {
        counts[row * columns + column] = value;
    }

    long get(int row, int column) {
        return counts[row * columns + column];
    }

    Suppression.Groups groups() {
        return groups;
    }

    /** Every row except the last adds up to the last, in each of these columns. */
    CountTable columnsTotalledInLastRow(int... columnsToLink) {
        int last = rows() - 1;
        int[] members = new int[last];
        for (int r = 0; r < last; r++) {
            members[r] = r;
        }
        for (int column : columnsToLink) {
            groups.column(column, last, members);
        }
        return this;
    }

    /** Sets the total row (the last) to the sum of the rows above it, in each column. */
    CountTable sumIntoLastRow() {
        int last = rows() - 1;
        for (int c = 0; c < columns; c++) {
            long sum = 0;
            for (int r = 0; r < last; r++) {
                sum += get(r, c);
            }
            set(last, c, sum);
        }
        return this;
    }

    /** Decides what is withheld: nothing unless {@code enabled}. */
    CountTable withhold(boolean enabled, int threshold) {
        withheld = enabled ? Suppression.withhold(counts, groups.list(), threshold) : new boolean[counts.length];
        return this;
    }

    Figure count(int row, int column) {
        int cell = row * columns + column;
        return withheld[cell] ? Figure.WITHHELD : Figure.of(counts[cell]);
    }

    boolean isWithheld(int row, int column) {
        return withheld[row * columns + column];
    }

    /** numerator / denominator, withheld if either is; nothing when the denominator is zero. */
    Figure share(int row, int numeratorColumn, int denominatorColumn) {
        if (isWithheld(row, numeratorColumn) || isWithheld(row, denominatorColumn)) {
            return Figure.WITHHELD;
        }
        long denominator = get(row, denominatorColumn);
        return denominator == 0 ? Figure.NONE : Figure.of((double) get(row, numeratorColumn) / denominator);
    }

    /** A shown column: its heading, format and figure for each row. */
    record Shown(String label, FigureTable.Format format, IntFunction<Figure> figure) {
    }

    static Shown counted(String label, int column, CountTable table) {
        return new Shown(label, FigureTable.Format.COUNT, row -> table.count(row, column));
    }

    static Shown shared(String label, int numerator, int denominator, CountTable table) {
        return new Shown(label, FigureTable.Format.PERCENT, row -> table.share(row, numerator, denominator));
    }

    FigureTable toTable(String id, String title, String rowHeading, List<Shown> shown) {
        List<List<Figure>> cells = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            List<Figure> row = new ArrayList<>();
            for (Shown column : shown) {
                row.add(column.figure().apply(r));
            }
            cells.add(row);
        }
        return new FigureTable(id, title, rowHeading, rowLabels,
                shown.stream().map(column -> new FigureTable.Column(column.label(), column.format())).toList(), cells);
    }
}
