package org.marac.portal.base.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a chart shows, independent of where it is drawn: the same chart is rendered as SVG for the browser
 * ({@link SvgChartRenderer}) and drawn into PDF reports ({@link PdfChartRenderer}), and read as a table by
 * anyone who cannot see it ({@link #tableHeader()}, {@link #tableRows()}).
 *
 * <p>A value of {@code null} is withheld (for example a small number suppressed to protect identities): it is
 * drawn as the {@code withheldMark} and explained by the {@code withheldNote}.
 *
 * @param kind          how the values are drawn
 * @param title         what the chart shows, in words (also its accessible name)
 * @param summary       a sentence or two describing the chart (its accessible description); may be empty
 * @param categoryLabel what the categories are (the first column of the table), such as "Month"
 * @param valueLabel    what the values are, such as "Nominations"
 * @param format        how values are written
 * @param categories    the categories in order (bars, or points along the time axis)
 * @param series        one or more series, each with a value per category
 * @param withheldMark  how a withheld value is written, such as "[c]"
 * @param withheldNote  what the mark means; shown under the chart when any value is withheld
 */
public record Chart(Kind kind, String title, String summary, String categoryLabel, String valueLabel, ValueFormat format,
        List<String> categories, List<Series> series, String withheldMark, String withheldNote) {

    /** The kinds the portal needs. */
    public enum Kind {
        /** One series, a horizontal bar per category: long category names stay readable. */
        BAR,
        /** Several series side by side for each category, horizontal. */
        GROUPED_BAR,
        /** Several series stacked in a vertical column per category: parts of a whole over time. */
        STACKED_BAR,
        /** Several series as lines over time (categories are the time axis). */
        LINE
    }

    /** How values are written on the chart and in its table. */
    public enum ValueFormat {
        /** Whole numbers: counts. */
        COUNT,
        /** Shares from 0 to 1, written as percentages. */
        PERCENT,
        /** Whole numbers of days. */
        DAYS
    }

    /** One named run of values, one per category; {@code null} is withheld. */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public static Series of(String name, Double... values) {
            return new Series(name, Arrays.asList(values));
        }
    }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        summary = summary == null ? "" : summary;
        categoryLabel = categoryLabel == null ? "" : categoryLabel;
        valueLabel = valueLabel == null ? "" : valueLabel;
        withheldMark = withheldMark == null ? "[c]" : withheldMark;
        withheldNote = withheldNote == null ? "" : withheldNote;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
        if (kind == Kind.BAR && series.size() != 1) {
            throw new IllegalArgumentException("A bar chart has one series; use GROUPED_BAR for more");
        }
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Starts a chart of this kind with a title that says what it shows. */
    public static Builder of(Kind kind, String title) {
        return new Builder(kind, title);
    }

    /** Whether any value is withheld, so that the note explaining the mark belongs with the chart. */
    public boolean hasWithheld() {
        return series.stream().anyMatch(one -> one.values().stream().anyMatch(Objects::isNull));
    }

    /** A value as the chart and its table write it; the withheld mark for {@code null}. */
    public String format(Double value) {
        if (value == null) {
            return withheldMark;
        }
        return switch (format) {
            case PERCENT -> {
                NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
                percent.setMaximumFractionDigits(1);
                yield percent.format(value);
            }
            case COUNT, DAYS -> NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(value));
        };
    }

    /** The table alternative's column headings: the category, then each series. */
    public List<String> tableHeader() {
        List<String> header = new ArrayList<>();
        header.add(categoryLabel);
        series.forEach(one -> header.add(one.name()));
        return header;
    }

    /** The table alternative's rows: each category with its values as written on the chart. */
    public List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (Series one : series) {
                row.add(format(one.values().get(c)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Collects a chart's parts. */
    public static final class Builder {
        private final Kind kind;
        private final String title;
        private String summary = "";
        private String categoryLabel = "";
        private String valueLabel = "";
        private ValueFormat format = ValueFormat.COUNT;
        private List<String> categories = List.of();
        private final List<Series> series = new ArrayList<>();
        private String withheldMark = "[c]";
        private String withheldNote = "";

        private Builder(Kind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder axes(String categoryLabel, String valueLabel) {
            this.categoryLabel = categoryLabel;
            this.valueLabel = valueLabel;
            return this;
        }

        public Builder format(ValueFormat format) {
            this.format = format;
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        public Builder series(String name, List<Double> values) {
            series.add(new Series(name, values));
            return this;
        }

        public Builder withheld(String mark, String note) {
            this.withheldMark = mark;
            this.withheldNote = note;
            return this;
        }

        public Chart build() {
            return new Chart(kind, title, summary, categoryLabel, valueLabel, format, categories, series, withheldMark,
                    withheldNote);
        }
    }
}
