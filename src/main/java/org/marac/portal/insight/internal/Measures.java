package org.marac.portal.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.marac.portal.base.chart.Chart;
import org.marac.portal.insight.DashboardScope;
import org.marac.portal.insight.Figure;
import org.marac.portal.insight.FigureTable;
import org.marac.portal.insight.Section;
import org.marac.portal.insight.Section.KeyFigure;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.EligibilityRoute;
import org.marac.portal.nomination.ReportingRoute;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.nomination.VictimSupportChoice;
import org.marac.portal.partner.ReferralModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every measure of the dashboards, each one SQL statement over the counted cases ({@link Population}), then
 * put into a table with small numbers withheld where the view goes beyond the area chair, and charted.
 * A nomination is a submitted case; the period is when it was submitted, in UK time.
 */
@Component
public class Measures {

    static final String ACCEPTED = Arrays.stream(new CaseStatus[] {CaseStatus.ACCEPTED, CaseStatus.LISTED,
            CaseStatus.ACTIONS_OPEN, CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED})
            .map(status -> "'" + status + "'").collect(Collectors.joining(", ", "(", ")"));

    /** Per case: 1 if any of its incidents has the strand, else 0, as columns named after the strands. */
    private static final String STRAND_FLAGS = Arrays.stream(Strand.values())
            .map(strand -> "COALESCE(MAX(s.strand = '" + strand + "'), 0) AS " + column(strand))
            .collect(Collectors.joining(", "));

    private static final String STRAND_SUM = Arrays.stream(Strand.values()).map(strand -> "x." + column(strand))
            .collect(Collectors.joining(" + "));

    /** The case's latest incident: the one that brought it to a nomination. */
    static final String LATEST_INCIDENT = " LEFT JOIN incident li ON li.id = (SELECT i2.id FROM incident i2"
            + " WHERE i2.case_id = c.id ORDER BY i2.occurred_at DESC, i2.id DESC LIMIT 1) ";

    private final JdbcTemplate jdbc;
    private final InsightTexts texts;

    Measures(JdbcTemplate jdbc, InsightTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    private static String column(Strand strand) {
        return strand.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------------------
    // Nominations by strand over time

    public Section nominationsByStrand(Counting counting) {
        Periods periods = counting.periods();
        List<String> rows = new ArrayList<>(periods.labels());
        rows.add(texts.text("insight.total"));
        int strands = Strand.values().length;
        int intersections = strands;
        int all = strands + 1;
        CountTable table = new CountTable(rows, strands + 2);
        Population population = counting.nominations();
        String sql = "SELECT x.m, COUNT(*), " + Arrays.stream(Strand.values()).map(s -> "SUM(x." + column(s) + ")")
                .collect(Collectors.joining(", ")) + ", SUM(" + STRAND_SUM + " >= 2)"
                + " FROM (SELECT c.id, " + Periods.ukMonthOf("c.submitted_at") + " AS m, " + STRAND_FLAGS
                + " FROM" + Population.CASES + "LEFT JOIN incident i ON i.case_id = c.id"
                + " LEFT JOIN incident_strand s ON s.incident_id = i.id WHERE " + population.sql()
                + " GROUP BY c.id, c.submitted_at) x GROUP BY x.m";
        jdbc.query(sql, result -> {
            int bucket = periods.bucketOf(result.getString(1));
            if (bucket < 0) {
                return;
            }
            table.add(bucket, all, result.getLong(2));
            for (int s = 0; s < strands; s++) {
                table.add(bucket, s, result.getLong(3 + s));
            }
            table.add(bucket, intersections, result.getLong(3 + strands));
        }, population.arguments());
        table.sumIntoLastRow();
        int[] memberColumns = IntStream.range(0, strands + 1).toArray();
        for (int r = 0; r < rows.size(); r++) {
            table.groups().row(r, all, memberColumns);
        }
        table.columnsTotalledInLastRow(IntStream.range(0, strands + 2).toArray());
        table.withhold(counting.withhold(), counting.threshold());

        List<CountTable.Shown> shown = new ArrayList<>();
        for (Strand strand : Strand.values()) {
            shown.add(CountTable.counted(texts.label("strand", strand), strand.ordinal(), table));
        }
        shown.add(CountTable.counted(texts.text("insight.strands.intersections"), intersections, table));
        shown.add(CountTable.counted(texts.text("insight.strands.all"), all, table));
        String unit = texts.text(periods.isQuarterly() ? "insight.unit.quarter" : "insight.unit.month");
        String title = texts.text("insight.strands.title", unit, counting.period());
        FigureTable figures = table.toTable("nominations-by-strand", title,
                texts.text(periods.isQuarterly() ? "insight.quarter" : "insight.month"), shown);

        Chart.Builder chart = chart(Chart.Kind.LINE, title, counting)
                .summary(texts.text("insight.strands.summary"))
                .axes(figures.rowHeading(), texts.text("insight.nominations"))
                .categories(periods.labels());
        for (int c = 0; c <= strands; c++) {
            chart.series(figures.column(c).label(), columnValues(figures, c, periods.size()));
        }
        int totalRow = rows.size() - 1;
        return new Section("nominations-by-strand", texts.text("insight.strands.heading"),
                texts.text("insight.strands.explanation"),
                List.of(new KeyFigure(texts.text("insight.nominations"), figures.figure(totalRow, strands + 1), FigureTable.Format.COUNT),
                        new KeyFigure(texts.text("insight.strands.intersections"), figures.figure(totalRow, strands),
                                FigureTable.Format.COUNT)),
                List.of(chart.build()), figures);
    }

    // ------------------------------------------------------------------------------------------------------
    // One-way breakdowns of nominations: each adds up to the number of nominations

    public Section nominationsByAgency(Counting counting) {
        Population population = counting.nominations();
        Map<String, Long> counts = labelledCounts("SELECT ag.name, COUNT(*) FROM" + Population.CASES
                + "JOIN agency ag ON ag.id = c.nominating_agency_id WHERE " + population.sql()
                + " GROUP BY c.nominating_agency_id, ag.name ORDER BY COUNT(*) DESC, ag.name", population, null);
        return breakdown("nominations-by-agency", "insight.agency", counts, counting, Integer.MAX_VALUE);
    }

    public Section nominationsByArea(Counting counting) {
        Population population = counting.nominations();
        Map<String, Long> counts = labelledCounts("SELECT ar.name, COUNT(*) FROM" + Population.CASES + "WHERE "
                + population.sql() + " GROUP BY c.area_id, ar.name ORDER BY COUNT(*) DESC, ar.name", population,
                texts.text("insight.area.none"));
        return breakdown("nominations-by-area", "insight.area", counts, counting, Integer.MAX_VALUE);
    }

    public Section nominationsByWard(Counting counting) {
        Population population = counting.nominations();
        Map<String, Long> counts = labelledCounts("SELECT NULLIF(TRIM(li.ward), ''), COUNT(*) FROM" + Population.CASES
                + LATEST_INCIDENT + "WHERE " + population.sql() + " GROUP BY 1 ORDER BY COUNT(*) DESC, 1", population,
                texts.text("insight.ward.none"));
        return breakdown("nominations-by-ward", "insight.ward", counts, counting, 15);
    }

    public Section riskLevels(Counting counting) {
        Population population = counting.nominations();
        Map<String, Long> found = labelledCounts("SELECT c.endorsed_risk, COUNT(*) FROM" + Population.CASES + "WHERE "
                + population.sql() + " GROUP BY c.endorsed_risk", population, null);
        Map<String, Long> counts = eachValue(RiskLevel.values(), "risk.level", found);
        counts.put(texts.text("insight.risk.none"), found.getOrDefault(null, 0L));
        return breakdown("endorsed-risk", "insight.risk", counts, counting, Integer.MAX_VALUE);
    }

    /** Every value in its order, labelled, with its count in {@code found} (keyed by name), 0 where it has none. */
    private <E extends Enum<E>> Map<String, Long> eachValue(E[] values, String labelPrefix, Map<String, Long> found) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (E value : values) {
            counts.put(texts.label(labelPrefix, value), found.getOrDefault(value.name(), 0L));
        }
        return counts;
    }

    public Section eligibilityRoutes(Counting counting) {
        Population population = counting.nominations();
        Map<String, Long> found = labelledCounts("SELECT c.eligibility_route, COUNT(*) FROM" + Population.CASES + "WHERE "
                + population.sql() + " GROUP BY c.eligibility_route", population, null);
        Map<String, Long> counts = eachValue(EligibilityRoute.values(), "insight.route", found);
        counts.put(texts.text("insight.route.none"), found.getOrDefault(null, 0L));
        return breakdown("eligibility-route", "insight.eligibility", counts, counting, Integer.MAX_VALUE);
    }

    public Section reportingRoutes(Counting counting) {
        Population population = counting.nominations();
        Map<String, Long> found = labelledCounts("SELECT li.reporting_route, COUNT(*) FROM" + Population.CASES
                + LATEST_INCIDENT + "WHERE " + population.sql() + " GROUP BY li.reporting_route", population, null);
        Map<String, Long> counts = eachValue(ReportingRoute.values(), "insight.reporting", found);
        if (found.getOrDefault(null, 0L) > 0) {
            counts.put(texts.text("insight.reporting.none"), found.get(null));
        }
        return breakdown("reporting-route", "insight.reporting", counts, counting, Integer.MAX_VALUE);
    }

    public Section cyberEnabled(Counting counting) {
        Population population = counting.nominations();
        long[] found = jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM incident i WHERE"
                + " i.case_id = c.id AND i.cyber_enabled)), 0) FROM" + Population.CASES + "WHERE " + population.sql(),
                (result, row) -> new long[] {result.getLong(1), result.getLong(2)}, population.arguments());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(texts.text("insight.cyber.yes"), found[1]);
        counts.put(texts.text("insight.cyber.no"), found[0] - found[1]);
        return breakdown("cyber-enabled", "insight.cyber", counts, counting, Integer.MAX_VALUE);
    }

    /** Counts by a label (null: the given label for "none", or kept as a null key when that is null). */
    private Map<String, Long> labelledCounts(String sql, Population population, String labelForNull) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, result -> {
            String label = result.getString(1);
            counts.merge(label == null && labelForNull != null ? labelForNull : label, result.getLong(2), Long::sum);
        }, population.arguments());
        return counts;
    }

    /**
     * A table of counts that add up to the number of nominations, with each count's share, and a bar chart
     * of the first {@code chartLimit} rows.
     */
    private Section breakdown(String id, String keyPrefix, Map<String, Long> counts, Counting counting, int chartLimit) {
        String title = texts.text(keyPrefix + ".title", counting.period());
        int charted = Math.min(chartLimit, counts.size());
        String chartTitle = charted < counts.size() ? texts.text(keyPrefix + ".chartTitle", charted, counting.period()) : title;
        return breakdown(id, new Words(texts.text(keyPrefix + ".heading"), texts.text(keyPrefix + ".explanation"), title,
                chartTitle, texts.text(keyPrefix + ".row"), texts.text(keyPrefix + ".summary"), texts.text("insight.nominations")),
                counts, counting, chartLimit);
    }

    /** What a breakdown says: its heading, explanation, titles, row heading, chart summary and what it counts. */
    private record Words(String heading, String explanation, String title, String chartTitle, String rowHeading,
            String summary, String counted) {
    }

    private Section breakdown(String id, Words words, Map<String, Long> counts, Counting counting, int chartLimit) {
        List<String> rows = new ArrayList<>(counts.keySet());
        rows.add(texts.text("insight.total"));
        CountTable table = new CountTable(rows, 1);
        for (int r = 0; r < counts.size(); r++) {
            table.set(r, 0, counts.get(rows.get(r)));
        }
        table.sumIntoLastRow().columnsTotalledInLastRow(0).withhold(counting.withhold(), counting.threshold());
        int total = rows.size() - 1;
        FigureTable figures = table.toTable(id, words.title(), words.rowHeading(),
                List.of(CountTable.counted(words.counted(), 0, table),
                        new CountTable.Shown(texts.text("insight.share"), FigureTable.Format.PERCENT,
                                row -> share(table, row, total))));
        int charted = Math.min(chartLimit, counts.size());
        Chart chart = chart(Chart.Kind.BAR, words.chartTitle(), counting)
                .summary(words.summary())
                .axes(figures.rowHeading(), words.counted())
                .categories(rows.subList(0, charted))
                .series(words.counted(), columnValues(figures, 0, charted))
                .build();
        return new Section(id, words.heading(), words.explanation(), List.of(), List.of(chart), figures);
    }

    private static Figure share(CountTable table, int row, int totalRow) {
        if (table.isWithheld(row, 0) || table.isWithheld(totalRow, 0)) {
            return Figure.WITHHELD;
        }
        long total = table.get(totalRow, 0);
        return total == 0 ? Figure.NONE : Figure.of((double) table.get(row, 0) / total);
    }

    // ------------------------------------------------------------------------------------------------------
    // Repeats

    /**
     * Repeat victims: nominations whose victim (or a person the chair confirmed to be the same) was the victim
     * in an earlier nomination. Repeat MARAC cases: accepted cases whose victim was on a MARAC case closed in
     * the 12 months before (the case's repeat flag, set by the eligibility rule).
     */
    public Section repeats(Counting counting) {
        Population population = counting.nominations();
        String earlierVictim = """
                (EXISTS (SELECT 1 FROM case_party v JOIN case_party ev ON ev.person_id = v.person_id AND ev.role = 'VICTIM'
                    AND ev.case_id <> c.id JOIN marac_case e ON e.id = ev.case_id AND e.submitted_at < c.submitted_at
                  WHERE v.case_id = c.id AND v.role = 'VICTIM')
                 OR EXISTS (SELECT 1 FROM case_party v JOIN person_link l ON l.person_id = v.person_id
                    JOIN case_party ev ON ev.person_id = l.linked_id AND ev.role = 'VICTIM'
                    JOIN marac_case e ON e.id = ev.case_id AND e.submitted_at < c.submitted_at
                  WHERE v.case_id = c.id AND v.role = 'VICTIM')
                 OR EXISTS (SELECT 1 FROM case_party v JOIN person_link l ON l.linked_id = v.person_id
                    JOIN case_party ev ON ev.person_id = l.person_id AND ev.role = 'VICTIM'
                    JOIN marac_case e ON e.id = ev.case_id AND e.submitted_at < c.submitted_at
                  WHERE v.case_id = c.id AND v.role = 'VICTIM'))""";
        long[] found = jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(" + earlierVictim + "), 0),"
                + " COALESCE(SUM(c.status IN " + ACCEPTED + "), 0), COALESCE(SUM(c.repeat_case AND c.status IN " + ACCEPTED
                + "), 0) FROM" + Population.CASES + "WHERE " + population.sql(),
                (result, row) -> new long[] {result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4)},
                population.arguments());
        List<String> rows = List.of(texts.text("insight.repeats.victims"), texts.text("insight.repeats.marac"));
        // Columns: the count, its complement (hidden: anyone can subtract), and what it is a share of.
        CountTable table = new CountTable(rows, 3);
        table.set(0, 0, found[1]);
        table.set(0, 1, found[0] - found[1]);
        table.set(0, 2, found[0]);
        table.set(1, 0, found[3]);
        table.set(1, 1, found[2] - found[3]);
        table.set(1, 2, found[2]);
        table.groups().row(0, 2, 0, 1).row(1, 2, 0, 1);
        table.withhold(counting.withhold(), counting.threshold());
        String title = texts.text("insight.repeats.title", counting.period());
        FigureTable figures = table.toTable("repeats", title, texts.text("insight.repeats.row"), List.of(
                CountTable.counted(texts.text("insight.count"), 0, table),
                CountTable.counted(texts.text("insight.outOf"), 2, table),
                CountTable.shared(texts.text("insight.share"), 0, 2, table)));
        Chart chart = chart(Chart.Kind.BAR, title, counting).summary(texts.text("insight.repeats.summary"))
                .axes(figures.rowHeading(), texts.text("insight.share")).format(Chart.ValueFormat.PERCENT)
                .categories(rows).series(texts.text("insight.share"), columnValues(figures, 2, 2)).build();
        return new Section("repeats", texts.text("insight.repeats.heading"), texts.text("insight.repeats.explanation"),
                List.of(new KeyFigure(rows.get(0), figures.figure(0, 2), FigureTable.Format.PERCENT),
                        new KeyFigure(rows.get(1), figures.figure(1, 2), FigureTable.Format.PERCENT)),
                List.of(chart), figures);
    }

    // ------------------------------------------------------------------------------------------------------
    // Times

    /** Days from the latest incident to the nomination's submission, in bands, with the median. */
    public Section timeToNomination(Counting counting) {
        Population population = counting.nominations();
        String days = "TIMESTAMPDIFF(DAY, (SELECT MAX(i.occurred_at) FROM incident i WHERE i.case_id = c.id), c.submitted_at)";
        return times("time-to-nomination", "insight.toNomination", days, population, new int[] {7, 28, 90},
                "insight.toNomination.none", counting);
    }

    /**
     * Days from submission to the start of the first meeting whose agenda lists the case (a cancelled meeting or
     * an item the chair removed does not count), for accepted cases; cases on no agenda yet are counted apart.
     */
    public Section timeToMeeting(Counting counting) {
        Population population = counting.nominations().and("c.status IN " + ACCEPTED);
        String days = "TIMESTAMPDIFF(DAY, c.submitted_at, (SELECT MIN(m.starts_at) FROM agenda_item ai"
                + " JOIN meeting m ON m.id = ai.meeting_id WHERE ai.case_id = c.id AND ai.removed_at IS NULL"
                + " AND m.status <> 'CANCELLED'))";
        return times("time-to-meeting", "insight.toMeeting", days, population, new int[] {14, 28, 42},
                "insight.toMeeting.none", counting);
    }

    private Section times(String id, String keyPrefix, String daysExpression, Population population, int[] limits,
            String noneKey, Counting counting) {
        StringBuilder bands = new StringBuilder();
        int lower = 0;
        for (int limit : limits) {
            bands.append(", COALESCE(SUM(d BETWEEN ").append(lower).append(" AND ").append(limit).append("), 0)");
            lower = limit + 1;
        }
        bands.append(", COALESCE(SUM(d > ").append(lower - 1).append("), 0)");
        String sql = "SELECT COUNT(*)" + bands + ", COALESCE(SUM(d IS NULL), 0), MAX(median) FROM (SELECT d, MEDIAN(d) OVER ()"
                + " AS median FROM (SELECT GREATEST(" + daysExpression + ", 0) AS d FROM" + Population.CASES + "WHERE "
                + population.sql() + ") days) ranked";
        int bandCount = limits.length + 1;
        Object[] found = jdbc.queryForObject(sql, (result, row) -> {
            Object[] values = new Object[bandCount + 3];
            for (int i = 1; i <= bandCount + 2; i++) {
                values[i - 1] = result.getLong(i);
            }
            double median = result.getDouble(bandCount + 3);
            values[bandCount + 2] = result.wasNull() ? null : median;
            return values;
        }, population.arguments());
        List<String> rows = new ArrayList<>();
        lower = 0;
        for (int limit : limits) {
            rows.add(texts.text("insight.days.between", lower, limit));
            lower = limit + 1;
        }
        rows.add(texts.text("insight.days.over", lower - 1));
        rows.add(texts.text(noneKey));
        rows.add(texts.text("insight.total"));
        CountTable table = new CountTable(rows, 1);
        for (int b = 0; b <= bandCount; b++) {
            table.set(b, 0, (Long) found[b + 1]);
        }
        table.sumIntoLastRow().columnsTotalledInLastRow(0).withhold(counting.withhold(), counting.threshold());
        long timed = (Long) found[0] - (Long) found[bandCount + 1];
        Double median = (Double) found[bandCount + 2];
        Figure medianFigure = median == null ? Figure.NONE
                : counting.withhold() && timed < counting.threshold() ? Figure.WITHHELD : Figure.of(median);
        String title = texts.text(keyPrefix + ".title", counting.period());
        FigureTable figures = table.toTable(id, title, texts.text("insight.days.row"),
                List.of(CountTable.counted(texts.text("insight.cases"), 0, table)));
        Chart chart = chart(Chart.Kind.BAR, title, counting).summary(texts.text(keyPrefix + ".summary"))
                .axes(figures.rowHeading(), texts.text("insight.cases"))
                .categories(rows.subList(0, bandCount + 1))
                .series(texts.text("insight.cases"), columnValues(figures, 0, bandCount + 1)).build();
        return new Section(id, texts.text(keyPrefix + ".heading"), texts.text(keyPrefix + ".explanation"),
                List.of(new KeyFigure(texts.text("insight.days.median"), medianFigure, FigureTable.Format.DAYS)),
                List.of(chart), figures);
    }

    // ------------------------------------------------------------------------------------------------------
    // Actions

    /**
     * Each owner agency's actions on the counted cases: how many, how many done, and how many are overdue now
     * or were finished after their due date (as the action tracker counts them). On the agency dashboard,
     * the agency's own actions on every case it may see that was nominated in the period.
     */
    public Section actionRates(Counting counting) {
        Population population = counting.scope() == DashboardScope.AGENCY
                ? Population.submittedIn(counting.user(), DashboardScope.PARTNERSHIP, counting.filter(), counting.periods())
                        .and("a.owner_agency_id = ?", counting.user().getAgencyId())
                : counting.nominations();
        // Grouped by the owner's id and named afterwards: joining the agencies in lets MariaDB start from them and
        // read every action, instead of starting from the counted cases.
        String sql = "SELECT a.owner_agency_id, COUNT(*), COALESCE(SUM(a.status = 'DONE'), 0),"
                + " COALESCE(SUM((a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < ?)"
                + " OR (a.finished_at IS NOT NULL AND DATE(a.finished_at) > a.due_date)), 0)"
                + " FROM case_action a JOIN marac_case c ON c.id = a.case_id LEFT JOIN marac_area ar ON ar.id = c.area_id"
                + " WHERE " + population.sql() + " GROUP BY a.owner_agency_id";
        Object[] arguments = new Object[population.arguments().length + 1];
        arguments[0] = counting.today();
        System.arraycopy(population.arguments(), 0, arguments, 1, population.arguments().length);
        Map<Long, long[]> byOwner = new java.util.HashMap<>();
        jdbc.query(sql, result -> {
            byOwner.put(result.getLong(1), new long[] {result.getLong(2), result.getLong(3), result.getLong(4)});
        }, arguments);
        Map<String, long[]> byAgency = new java.util.TreeMap<>();
        if (!byOwner.isEmpty()) {
            jdbc.query("SELECT id, name FROM agency WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(byOwner.size(), "?")) + ")",
                    result -> {
                        byAgency.put(result.getString(2), byOwner.get(result.getLong(1)));
                    }, byOwner.keySet().toArray());
        }
        List<String> rows = new ArrayList<>(byAgency.keySet());
        rows.add(texts.text("insight.total"));
        // Parts of the actions: done, and overdue or late.
        CountTable table = totalWithTwoParts(rows, byAgency, counting);
        String title = texts.text("insight.actions.title", counting.period());
        FigureTable figures = table.toTable("action-rates", title, texts.text("insight.agency.owner"), List.of(
                CountTable.counted(texts.text("insight.actions.total"), 2, table),
                CountTable.counted(texts.text("insight.actions.done"), 0, table),
                CountTable.counted(texts.text("insight.actions.overdue"), 3, table),
                CountTable.shared(texts.text("insight.actions.doneShare"), 0, 2, table),
                CountTable.shared(texts.text("insight.actions.overdueShare"), 3, 2, table)));
        Chart chart = chart(Chart.Kind.GROUPED_BAR, texts.text("insight.actions.chartTitle", counting.period()), counting)
                .summary(texts.text("insight.actions.summary"))
                .axes(figures.rowHeading(), texts.text("insight.share")).format(Chart.ValueFormat.PERCENT)
                .categories(rows.subList(0, byAgency.size()))
                .series(figures.column(3).label(), columnValues(figures, 3, byAgency.size()))
                .series(figures.column(4).label(), columnValues(figures, 4, byAgency.size()))
                .build();
        return new Section("action-rates", texts.text("insight.actions.heading"),
                texts.text(counting.scope() == DashboardScope.AGENCY ? "insight.actions.explanation.agency"
                        : "insight.actions.explanation"),
                List.of(), List.of(chart), figures);
    }

    // ------------------------------------------------------------------------------------------------------
    // Victim Support referrals

    /**
     * Referral to Victim Support (the victim's recorded choice is a referral) in opt-in and opt-out areas (the
     * model in force when the case was nominated), by strand: a case with several strands counts in each.
     */
    public Section victimSupportReferrals(Counting counting) {
        Population population = counting.nominations();
        String sql = "SELECT x.model, COUNT(*), COALESCE(SUM(x.referred), 0), "
                + Arrays.stream(Strand.values()).map(s -> "COALESCE(SUM(x." + column(s) + "), 0), COALESCE(SUM(x."
                        + column(s) + " AND x.referred), 0)").collect(Collectors.joining(", "))
                + " FROM (SELECT c.id, c.referral_model AS model, c.victim_support_choice = '" + VictimSupportChoice.ACCEPTED
                + "' AS referred, " + STRAND_FLAGS + " FROM" + Population.CASES + "LEFT JOIN incident i ON i.case_id = c.id"
                + " LEFT JOIN incident_strand s ON s.incident_id = i.id WHERE " + population.sql()
                + " GROUP BY c.id, c.referral_model, c.victim_support_choice) x GROUP BY x.model";
        List<String> rows = new ArrayList<>();
        for (Strand strand : Strand.values()) {
            rows.add(texts.label("strand", strand));
        }
        rows.add(texts.text("insight.strands.all"));
        int allRow = rows.size() - 1;
        // Per model: referred, not referred (hidden), nominations; opt-in at 0, opt-out at 3, both at 6.
        CountTable table = new CountTable(rows, 9);
        jdbc.query(sql, result -> {
            String model = result.getString(1);
            int base = ReferralModel.OPT_OUT.name().equals(model) ? 3 : ReferralModel.OPT_IN.name().equals(model) ? 0 : -1;
            long total = result.getLong(2);
            long referred = result.getLong(3);
            addReferrals(table, allRow, base, referred, total);
            for (int s = 0; s < Strand.values().length; s++) {
                addReferrals(table, s, base, result.getLong(5 + 2 * s), result.getLong(4 + 2 * s));
            }
        }, population.arguments());
        for (int r = 0; r < rows.size(); r++) {
            table.groups().row(r, 2, 0, 1).row(r, 5, 3, 4).row(r, 8, 6, 7).row(r, 8, 2, 5).row(r, 6, 0, 3);
        }
        table.withhold(counting.withhold(), counting.threshold());
        String optIn = texts.text("insight.referrals.optIn");
        String optOut = texts.text("insight.referrals.optOut");
        String both = texts.text("insight.referrals.all");
        String title = texts.text("insight.referrals.title", counting.period());
        FigureTable figures = table.toTable("victim-support-referrals", title, texts.text("insight.strand"), List.of(
                CountTable.counted(texts.text("insight.referrals.referred", optIn), 0, table),
                CountTable.counted(texts.text("insight.referrals.nominations", optIn), 2, table),
                CountTable.shared(texts.text("insight.referrals.rate", optIn), 0, 2, table),
                CountTable.counted(texts.text("insight.referrals.referred", optOut), 3, table),
                CountTable.counted(texts.text("insight.referrals.nominations", optOut), 5, table),
                CountTable.shared(texts.text("insight.referrals.rate", optOut), 3, 5, table),
                CountTable.counted(texts.text("insight.referrals.referred", both), 6, table),
                CountTable.counted(texts.text("insight.referrals.nominations", both), 8, table),
                CountTable.shared(texts.text("insight.referrals.rate", both), 6, 8, table)));
        Chart chart = chart(Chart.Kind.GROUPED_BAR, texts.text("insight.referrals.chartTitle", counting.period()), counting)
                .summary(texts.text("insight.referrals.summary"))
                .axes(figures.rowHeading(), texts.text("insight.referrals.axis")).format(Chart.ValueFormat.PERCENT)
                .categories(rows)
                .series(optIn, columnValues(figures, 2, rows.size()))
                .series(optOut, columnValues(figures, 5, rows.size()))
                .build();
        return new Section("victim-support-referrals", texts.text("insight.referrals.heading"),
                texts.text("insight.referrals.explanation"),
                List.of(new KeyFigure(texts.text("insight.referrals.rate", optIn), figures.figure(allRow, 2), FigureTable.Format.PERCENT),
                        new KeyFigure(texts.text("insight.referrals.rate", optOut), figures.figure(allRow, 5), FigureTable.Format.PERCENT)),
                List.of(chart), figures);
    }

    private static void addReferrals(CountTable table, int row, int base, long referred, long total) {
        if (base >= 0) {
            table.add(row, base, referred);
            table.add(row, base + 1, total - referred);
            table.add(row, base + 2, total);
        }
        table.add(row, 6, referred);
        table.add(row, 7, total - referred);
        table.add(row, 8, total);
    }

    // ------------------------------------------------------------------------------------------------------
    // Hotspots

    /**
     * Incidents on the counted cases by the ward where they happened and when (UK time), whenever the case was
     * nominated: where hate incidents cluster over time.
     */
    public Section hotspots(Counting counting) {
        Periods periods = counting.periods();
        Population population = Population.anyTime(counting.user(), counting.scope(), counting.filter())
                .and("i.occurred_at >= ? AND i.occurred_at < ?", periods.start(), periods.end());
        String sql = "SELECT NULLIF(TRIM(i.ward), ''), " + Periods.ukMonthOf("i.occurred_at") + ", COUNT(*)"
                + " FROM incident i JOIN marac_case c ON c.id = i.case_id LEFT JOIN marac_area ar ON ar.id = c.area_id"
                + " WHERE " + population.sql() + " GROUP BY 1, 2";
        String noWard = texts.text("insight.ward.none");
        Map<String, long[]> byWard = new LinkedHashMap<>();
        jdbc.query(sql, result -> {
            String ward = result.getString(1);
            int bucket = periods.bucketOf(result.getString(2));
            if (bucket >= 0) {
                byWard.computeIfAbsent(ward == null ? noWard : ward, w -> new long[periods.size()])[bucket] += result.getLong(3);
            }
        }, population.arguments());
        List<String> wards = byWard.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -Arrays.stream(e.getValue()).sum())
                        .thenComparing(e -> e.getKey().equals(noWard) ? 1 : 0).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<String> rows = new ArrayList<>(wards);
        rows.add(texts.text("insight.total"));
        int buckets = periods.size();
        CountTable table = new CountTable(rows, buckets + 1);
        for (int r = 0; r < wards.size(); r++) {
            long[] counts = byWard.get(wards.get(r));
            for (int b = 0; b < buckets; b++) {
                table.set(r, b, counts[b]);
            }
            table.set(r, buckets, Arrays.stream(counts).sum());
        }
        table.sumIntoLastRow();
        int[] bucketColumns = IntStream.range(0, buckets).toArray();
        for (int r = 0; r < rows.size(); r++) {
            table.groups().row(r, buckets, bucketColumns);
        }
        table.columnsTotalledInLastRow(IntStream.rangeClosed(0, buckets).toArray());
        table.withhold(counting.withhold(), counting.threshold());
        List<CountTable.Shown> shown = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            shown.add(CountTable.counted(periods.labels().get(b), b, table));
        }
        shown.add(CountTable.counted(texts.text("insight.total"), buckets, table));
        String title = texts.text("insight.hotspots.title", counting.period());
        FigureTable figures = table.toTable("hotspots", title, texts.text("insight.ward.row"), shown);

        List<Chart> charts = new ArrayList<>();
        List<Integer> named = IntStream.range(0, wards.size()).filter(r -> !wards.get(r).equals(noWard)).boxed().toList();
        int barCount = Math.min(10, named.size());
        charts.add(chart(Chart.Kind.BAR, texts.text("insight.hotspots.barTitle", barCount, counting.period()), counting)
                .summary(texts.text("insight.hotspots.barSummary"))
                .axes(figures.rowHeading(), texts.text("insight.incidents"))
                .categories(named.subList(0, barCount).stream().map(wards::get).toList())
                .series(texts.text("insight.incidents"), named.subList(0, barCount).stream()
                        .map(r -> figures.figure(r, buckets).orNull()).toList())
                .build());
        int lineCount = Math.min(5, named.size());
        Chart.Builder line = chart(Chart.Kind.LINE, texts.text("insight.hotspots.lineTitle", lineCount,
                texts.text(periods.isQuarterly() ? "insight.unit.quarter" : "insight.unit.month"), counting.period()), counting)
                .summary(texts.text("insight.hotspots.lineSummary"))
                .axes(texts.text(periods.isQuarterly() ? "insight.quarter" : "insight.month"), texts.text("insight.incidents"))
                .categories(periods.labels());
        for (int r : named.subList(0, lineCount)) {
            line.series(wards.get(r), IntStream.range(0, buckets).mapToObj(b -> figures.figure(r, b).orNull()).toList());
        }
        if (lineCount > 0) {
            charts.add(line.build());
        }
        return new Section("hotspots", texts.text("insight.hotspots.heading"), texts.text("insight.hotspots.explanation"),
                List.of(new KeyFigure(texts.text("insight.incidents"), figures.figure(rows.size() - 1, buckets),
                        FigureTable.Format.COUNT)), charts, figures);
    }

    // ------------------------------------------------------------------------------------------------------
    // The quarterly return's own tables

    /** Nominations received in each area, and how many were accepted, declined or are awaiting the chair. */
    public Section casesByArea(Counting counting) {
        Population population = counting.nominations();
        Map<String, long[]> byArea = new LinkedHashMap<>();
        jdbc.query("SELECT ar.name, COUNT(*), COALESCE(SUM(c.status IN " + ACCEPTED + "), 0), COALESCE(SUM(c.status = '"
                + CaseStatus.DECLINED + "'), 0) FROM" + Population.CASES + "WHERE " + population.sql()
                + " GROUP BY c.area_id, ar.name ORDER BY ar.name", result -> {
                    String name = result.getString(1);
                    byArea.put(name == null ? texts.text("insight.area.none") : name,
                            new long[] {result.getLong(2), result.getLong(3), result.getLong(4)});
                }, population.arguments());
        List<String> rows = new ArrayList<>(byArea.keySet());
        rows.add(texts.text("insight.total"));
        // Columns: accepted, declined, awaiting a decision, received.
        CountTable table = new CountTable(rows, 4);
        for (int r = 0; r < byArea.size(); r++) {
            long[] counts = byArea.get(rows.get(r));
            table.set(r, 0, counts[1]);
            table.set(r, 1, counts[2]);
            table.set(r, 2, counts[0] - counts[1] - counts[2]);
            table.set(r, 3, counts[0]);
        }
        table.sumIntoLastRow();
        for (int r = 0; r < rows.size(); r++) {
            table.groups().row(r, 3, 0, 1, 2);
        }
        table.columnsTotalledInLastRow(0, 1, 2, 3).withhold(counting.withhold(), counting.threshold());
        String title = texts.text("insight.cases.title", counting.period());
        FigureTable figures = table.toTable("cases-by-area", title, texts.text("insight.area.row"), List.of(
                CountTable.counted(texts.text("insight.cases.received"), 3, table),
                CountTable.counted(texts.text("insight.cases.accepted"), 0, table),
                CountTable.counted(texts.text("insight.cases.declined"), 1, table),
                CountTable.counted(texts.text("insight.cases.awaiting"), 2, table)));
        Chart.Builder chart = chart(Chart.Kind.GROUPED_BAR, title, counting).summary(texts.text("insight.cases.summary"))
                .axes(figures.rowHeading(), texts.text("insight.nominations"))
                .categories(rows.subList(0, byArea.size()));
        for (int c = 1; c <= 3; c++) {
            chart.series(figures.column(c).label(), columnValues(figures, c, byArea.size()));
        }
        return new Section("cases-by-area", texts.text("insight.cases.heading"), texts.text("insight.cases.explanation"),
                List.of(), List.of(chart.build()), figures);
    }

    /**
     * Rows that each hold a total and two parts of it ({@code {total, first part, second part}} by row label),
     * with a total row. Columns: first part, the rest of the total (hidden), total, second part, the rest
     * (hidden); each part is grouped with its rest and the total, so suppression withholds whatever would
     * reveal a small count by subtraction.
     */
    private static CountTable totalWithTwoParts(List<String> rows, Map<String, long[]> byRow, Counting counting) {
        CountTable table = new CountTable(rows, 5);
        for (int r = 0; r < byRow.size(); r++) {
            long[] counts = byRow.get(rows.get(r));
            table.set(r, 0, counts[1]);
            table.set(r, 1, counts[0] - counts[1]);
            table.set(r, 2, counts[0]);
            table.set(r, 3, counts[2]);
            table.set(r, 4, counts[0] - counts[2]);
        }
        table.sumIntoLastRow();
        for (int r = 0; r < rows.size(); r++) {
            table.groups().row(r, 2, 0, 1).row(r, 2, 3, 4);
        }
        table.columnsTotalledInLastRow(0, 1, 2, 3, 4).withhold(counting.withhold(), counting.threshold());
        return table;
    }

    /** Each nominating agency's nominations, how many were accepted, and how many victims it referred to Victim Support. */
    public Section referralsByAgency(Counting counting) {
        Population population = counting.nominations();
        Map<String, long[]> byAgency = new LinkedHashMap<>();
        jdbc.query("SELECT ag.name, COUNT(*), COALESCE(SUM(c.status IN " + ACCEPTED + "), 0),"
                + " COALESCE(SUM(c.victim_support_choice = '" + VictimSupportChoice.ACCEPTED + "'), 0) FROM" + Population.CASES
                + "JOIN agency ag ON ag.id = c.nominating_agency_id WHERE " + population.sql()
                + " GROUP BY c.nominating_agency_id, ag.name ORDER BY ag.name", result -> {
                    byAgency.put(result.getString(1), new long[] {result.getLong(2), result.getLong(3), result.getLong(4)});
                }, population.arguments());
        List<String> rows = new ArrayList<>(byAgency.keySet());
        rows.add(texts.text("insight.total"));
        // Parts of the nominations: accepted, and referred to Victim Support.
        CountTable table = totalWithTwoParts(rows, byAgency, counting);
        String title = texts.text("insight.agencyReferrals.title", counting.period());
        FigureTable figures = table.toTable("referrals-by-agency", title, texts.text("insight.agency.row"), List.of(
                CountTable.counted(texts.text("insight.nominations"), 2, table),
                CountTable.counted(texts.text("insight.cases.accepted"), 0, table),
                CountTable.counted(texts.text("insight.agencyReferrals.victimSupport"), 3, table)));
        Chart.Builder chart = chart(Chart.Kind.GROUPED_BAR, title, counting).summary(texts.text("insight.agencyReferrals.summary"))
                .axes(figures.rowHeading(), texts.text("insight.nominations"))
                .categories(rows.subList(0, byAgency.size()));
        for (int c = 0; c < 3; c++) {
            chart.series(figures.column(c).label(), columnValues(figures, c, byAgency.size()));
        }
        return new Section("referrals-by-agency", texts.text("insight.agencyReferrals.heading"),
                texts.text("insight.agencyReferrals.explanation"), List.of(), List.of(chart.build()), figures);
    }

    /** The equality questions of the victim's record, as person table columns. */
    private static final List<String> EQUALITY = List.of("gender_identity", "ethnicity", "religion", "sexual_orientation",
            "disability");

    /**
     * The victims of the counted nominations by age band (at nomination) and by each equality monitoring
     * answer. Answers are free text, so where small numbers are withheld, an answer given fewer times than the
     * threshold is pooled into "other answers" rather than named.
     */
    public List<Section> demographics(Counting counting) {
        List<Section> sections = new ArrayList<>();
        String victims = " JOIN case_party v ON v.case_id = c.id AND v.role = 'VICTIM' JOIN person p ON p.id = v.person_id ";
        Population population = counting.nominations();
        String age = "CASE WHEN p.date_of_birth IS NULL THEN p.age_band ELSE CASE"
                + " WHEN TIMESTAMPDIFF(YEAR, p.date_of_birth, c.submitted_at) < 18 THEN 'UNDER_18'"
                + " WHEN TIMESTAMPDIFF(YEAR, p.date_of_birth, c.submitted_at) < 25 THEN 'AGE_18_24'"
                + " WHEN TIMESTAMPDIFF(YEAR, p.date_of_birth, c.submitted_at) < 35 THEN 'AGE_25_34'"
                + " WHEN TIMESTAMPDIFF(YEAR, p.date_of_birth, c.submitted_at) < 50 THEN 'AGE_35_49'"
                + " WHEN TIMESTAMPDIFF(YEAR, p.date_of_birth, c.submitted_at) < 65 THEN 'AGE_50_64'"
                + " ELSE 'AGE_65_PLUS' END END";
        Map<String, Long> found = labelledCounts("SELECT " + age + ", COUNT(*) FROM" + Population.CASES + victims + "WHERE "
                + population.sql() + " GROUP BY 1", population, null);
        Map<String, Long> ages = eachValue(org.marac.portal.person.AgeBand.values(), "age", found);
        ages.put(texts.text("insight.demographics.ageUnknown"), found.getOrDefault(null, 0L));
        sections.add(demographic("demographics-age", texts.text("insight.demographics.age"), ages, counting));

        for (String question : EQUALITY) {
            Map<String, Long> answers = new LinkedHashMap<>();
            long declined = 0;
            long notAsked = 0;
            String sql = "SELECT p." + question + "_answer, MIN(TRIM(p." + question + ")), COUNT(*) FROM" + Population.CASES
                    + victims + "WHERE " + population.sql() + " GROUP BY p." + question + "_answer, LOWER(TRIM(p." + question
                    + ")) ORDER BY COUNT(*) DESC, 2";
            List<Object[]> rows = jdbc.query(sql, (result, row) -> new Object[] {result.getString(1), result.getString(2),
                    result.getLong(3)}, population.arguments());
            long pooled = 0;
            for (Object[] row : rows) {
                long count = (Long) row[2];
                switch ((String) row[0]) {
                    case "DECLINED" -> declined += count;
                    case "NOT_ASKED" -> notAsked += count;
                    default -> {
                        String answer = row[1] == null || ((String) row[1]).isBlank() ? null : (String) row[1];
                        if (answer == null || (counting.withhold() && count < counting.threshold())) {
                            pooled += count;
                        } else {
                            answers.merge(answer, count, Long::sum);
                        }
                    }
                }
            }
            if (pooled > 0) {
                answers.put(texts.text("insight.demographics.pooled"), pooled);
            }
            answers.put(texts.text("disclosure.DECLINED"), declined);
            answers.put(texts.text("disclosure.NOT_ASKED"), notAsked);
            sections.add(demographic("demographics-" + question.replace('_', '-'),
                    texts.text("insight.demographics." + question), answers, counting));
        }
        return sections;
    }

    private Section demographic(String id, String question, Map<String, Long> counts, Counting counting) {
        String title = texts.text("insight.demographics.title", question, counting.period());
        return breakdown(id, new Words(question, texts.text("insight.demographics.explanation"), title, title, question,
                texts.text("insight.demographics.summary", question), texts.text("insight.victims")), counts, counting,
                Integer.MAX_VALUE);
    }

    // ------------------------------------------------------------------------------------------------------

    /** A chart with the portal's mark and note for withheld values. */
    Chart.Builder chart(Chart.Kind kind, String title, Counting counting) {
        return Chart.of(kind, title).withheld(texts.withheldMark(), texts.withheldNote(counting.threshold()));
    }

    /** A column's first {@code rows} figures as chart values (withheld: null). */
    static List<Double> columnValues(FigureTable table, int column, int rows) {
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Figure figure = table.figure(r, column);
            values.add(figure.withheld() ? null : figure.value() == null ? 0.0 : figure.value());
        }
        return values;
    }
}
