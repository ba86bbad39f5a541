package org.marac.portal.insight;

import java.util.List;
import java.util.Objects;

/**
 * A table of figures with its title: rows (months, agencies, wards...) by columns (counts, shares, days).
 * The same table is shown beside its chart, written to CSV and printed in the quarterly return.
 *
 * @param id          a stable name for exports, such as {@code nominations-by-agency}
 * @param title       what the table shows, including the period
 * @param rowHeading  what the rows are, such as "Agency"
 * @param rowLabels   the rows' names
 * @param columns     the columns, each with how its figures are written
 * @param cells       one row of figures per row label, one figure per column
 */
public record FigureTable(String id, String title, String rowHeading, List<String> rowLabels, List<Column> columns,
        List<List<Figure>> cells) {

    /** How a column's figures are written. */
    public enum Format {
        COUNT, PERCENT, DAYS
    }

    public record Column(String label, Format format) {
    }

    public FigureTable {
        rowLabels = List.copyOf(rowLabels);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        if (cells.size() != rowLabels.size()) {
            throw new IllegalArgumentException(id + ": " + cells.size() + " rows of figures for " + rowLabels.size() + " labels");
        }
        for (List<Figure> row : cells) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + row.size() + " figures for " + columns.size() + " columns");
            }
        }
    }

    public Figure figure(int row, int column) {
        return cells.get(row).get(column);
    }

    /** The figure in the row and column with these labels. */
    public Figure figure(String rowLabel, String columnLabel) {
        int row = rowLabels.indexOf(rowLabel);
        int column = columns.stream().map(Column::label).toList().indexOf(columnLabel);
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException(id + " has no figure for " + rowLabel + " / " + columnLabel);
        }
        return figure(row, column);
    }

    public boolean hasWithheld() {
        return cells.stream().flatMap(List::stream).anyMatch(Figure::withheld);
    }

    public boolean isEmpty() {
        return rowLabels.isEmpty();
    }

    public Column column(int index) {
        return Objects.requireNonNull(columns.get(index));
    }
}
