package org.marac.portal.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.marac.portal.nomination.Strand;

/**
 * What a dashboard counts: nominations submitted from the first day of {@code from} to the last day of
 * {@code to} (UK time), optionally in one area, with one hate strand, or nominated by one agency.
 */
public record InsightFilter(YearMonth from, YearMonth to, Long areaId, Strand strand, Long agencyId) {

    /** The longest period a dashboard covers: the ten years the portal keeps figures for. */
    public static final int MAX_MONTHS = 120;

    public InsightFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw new IllegalArgumentException("The period is longer than " + MAX_MONTHS + " months");
        }
    }

    /** The last {@code months} months up to and including the month of {@code today}, with no other filter. */
    public static InsightFilter lastMonths(int months, LocalDate today) {
        YearMonth to = YearMonth.from(today);
        return new InsightFilter(to.minusMonths(months - 1L), to, null, null, null);
    }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public InsightFilter withPeriod(YearMonth newFrom, YearMonth newTo) {
        return new InsightFilter(newFrom, newTo, areaId, strand, agencyId);
    }

    public InsightFilter withArea(Long newAreaId) {
        return new InsightFilter(from, to, newAreaId, strand, agencyId);
    }

    public InsightFilter withStrand(Strand newStrand) {
        return new InsightFilter(from, to, areaId, newStrand, agencyId);
    }

    public InsightFilter withAgency(Long newAgencyId) {
        return new InsightFilter(from, to, areaId, strand, newAgencyId);
    }
}
