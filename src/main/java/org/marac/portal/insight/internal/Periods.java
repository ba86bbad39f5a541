package org.marac.portal.insight.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marac.portal.insight.InsightFilter;

/**
 * The time buckets of a period: months for periods up to three years, calendar quarters beyond, in UK time.
 * Figures are grouped in SQL by UK month ({@link #UK_MONTH}) and the months are then put into buckets here.
 */
public final class Periods {

    /** Periods longer than this are shown by quarter, so that charts and tables stay readable. */
    public static final int MONTHLY_UP_TO = 36;

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /**
     * The UK month ("2025-04") of a UTC {@code DATETIME} column, without the database's time zone tables: a
     * month boundary falls within summer time exactly when the month that begins is April to October, so
     * one hour is added then. (Summer time starts on the last Sunday of March and ends on the last Sunday of
     * October, so the end of March is always in it and the end of October never.) {@code %s} is the column.
     */
    public static final String UK_MONTH =
            "DATE_FORMAT(%1$s + INTERVAL IF(MONTH(%1$s + INTERVAL 1 HOUR) BETWEEN 4 AND 10, 1, 0) HOUR, '%%Y-%%m')";

    private final YearMonth from;
    private final YearMonth to;
    private final boolean quarterly;
    private final Map<String, Integer> bucketOfMonth = new LinkedHashMap<>();
    private final List<String> labels = new ArrayList<>();

    public Periods(InsightFilter filter) {
        this.from = filter.from();
        this.to = filter.to();
        this.quarterly = filter.months() > MONTHLY_UP_TO;
        String previous = null;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            String label = quarterly ? "Q" + ((month.getMonthValue() - 1) / 3 + 1) + " " + month.getYear()
                    : MONTH.format(month);
            if (!label.equals(previous)) {
                labels.add(label);
                previous = label;
            }
            bucketOfMonth.put(month.toString(), labels.size() - 1);
        }
    }

    public static String ukMonthOf(String column) {
        return UK_MONTH.formatted(column);
    }

    public boolean isQuarterly() {
        return quarterly;
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    public int size() {
        return labels.size();
    }

    /** The bucket of a month written "2025-04", or -1 outside the period. */
    public int bucketOf(String month) {
        Integer bucket = bucketOfMonth.get(month);
        return bucket == null ? -1 : bucket;
    }

    /** The first moment of the period, UK time, as a UTC date and time for the database. */
    public LocalDateTime start() {
        return utc(from.atDay(1).atStartOfDay(UK).toInstant());
    }

    /** The first moment after the period. */
    public LocalDateTime end() {
        return utc(to.plusMonths(1).atDay(1).atStartOfDay(UK).toInstant());
    }

    /** "Jan 2025 to Dec 2025", or one month on its own. */
    public static String describe(InsightFilter filter) {
        return filter.from().equals(filter.to()) ? MONTH.format(filter.from())
                : MONTH.format(filter.from()) + " to " + MONTH.format(filter.to());
    }

    public static String monthLabel(YearMonth month) {
        return MONTH.format(month);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
