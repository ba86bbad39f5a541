package org.marac.portal.insight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.insight.internal.Counting;
import org.marac.portal.insight.internal.Measures;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.support.BenchmarkData;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Measurement;
import org.marac.portal.support.PortalBenchmark;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each dashboard query on the generated data set, against a hand-written SQL query of the same figure in the
 * same run: the chair of the largest area (the demo chair), and the police (the agency that nominates most)
 * through its lead's agency dashboard and partnership overview; over the last twelve months and over the ten
 * years. Targets: at most 500 ms, and at most three times the hand-written query.
 *
 * <p>Method: "the dashboard query" is the measure as the dashboards call it ({@code insight.internal.Measures}):
 * the SQL it builds from the sharing policy and the filter, then its table with small numbers withheld where the
 * scope says so, and its charts. "Hand-written" is SQL typed out below for that member and period (the scope's
 * condition written by hand, as an analyst would), run through the same connection pool, its rows read. The two
 * alternate round by round after warm-up rounds; the medians are compared. It prints figures and always passes.
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=InsightQueriesBenchmark -Dbenchmark.scale=1}.
 */
@PortalBenchmark
class InsightQueriesBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 3);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 9);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String UK_MONTH = "DATE_FORMAT(%1$s + INTERVAL IF(MONTH(%1$s + INTERVAL 1 HOUR) BETWEEN 4 AND 10, 1, 0)"
            + " HOUR, '%%Y-%%m')";
    private static final String FLAGS = "COALESCE(MAX(s.strand = 'RACE'), 0) race, COALESCE(MAX(s.strand = 'RELIGION'), 0) religion,"
            + " COALESCE(MAX(s.strand = 'SEXUAL_ORIENTATION'), 0) orientation, COALESCE(MAX(s.strand = 'DISABILITY'), 0) disability,"
            + " COALESCE(MAX(s.strand = 'TRANSGENDER'), 0) trans";
    private static final String ACCEPTED = "('ACCEPTED', 'LISTED', 'ACTIONS_OPEN', 'UNDER_REVIEW', 'CLOSED')";
    private static final String LATEST = "LEFT JOIN incident li ON li.id = (SELECT i2.id FROM incident i2 WHERE i2.case_id = c.id"
            + " ORDER BY i2.occurred_at DESC, i2.id DESC LIMIT 1)";

    @Autowired
    BenchmarkData data;
    @Autowired
    Measures measures;
    @Autowired
    InsightService insight;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Whose cases, by hand: the condition on {@code marac_case c} joined to {@code marac_area ar}, and its arguments. */
    private record Scope(String name, Member member, DashboardScope scope, String where, List<Object> arguments) {
    }

    /** Hand-written SQL and its arguments. */
    private record Hand(String sql, Object[] arguments) {
    }

    /** A measure and the same figure by hand. */
    private record Figure(String name, Function<Counting, Section> measure, BiFunction<Scope, InsightFilter, Hand> hand) {
    }

    /**
     * The usual hand-written query: {@code %1$s} is the scope's condition and the period, {@code %2$s} the scope's
     * condition alone (then the period's two arguments follow it, for a period on something else).
     */
    private static Figure figure(String name, Function<Counting, Section> measure, String template) {
        return new Figure(name, measure, (scope, filter) -> new Hand(template.formatted(
                scope.where() + " AND c.submitted_at >= ? AND c.submitted_at < ?", scope.where()), arguments(scope, filter)));
    }

    @Test
    void eachDashboardQueryAgainstHandWrittenSql() throws Exception {
        data.ensureGenerated(System.out);
        Member chair = demo.get("chair");
        Member lead = demo.get("police-lead");
        Long police = lead.getAgency().getId();
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM marac_case", Long.class);
        System.out.printf(Locale.UK, "%n== Insight dashboard queries on %,d cases, %,d incidents, %,d actions%n", cases,
                jdbc.queryForObject("SELECT COUNT(*) FROM incident", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM case_action", Long.class));
        System.out.println("""
                Method: the measure as the dashboards call it (SQL built from the sharing policy and filter, then the table with
                small numbers withheld where the scope says so, and its charts) against hand-written SQL of the same figure for
                the same member and period, alternating round by round after warm-up rounds; medians compared. Targets: at most
                500 ms, and at most 3 times the hand-written query.""");

        List<Scope> scopes = List.of(
                new Scope("chair (largest area)", chair, DashboardScope.AREA, "c.status <> 'DRAFT' AND ar.chair_id = ?",
                        List.of(chair.getId())),
                new Scope("police lead, agency", lead, DashboardScope.AGENCY, "c.nominating_agency_id = ?", List.of(police)),
                new Scope("police lead, partnership", lead, DashboardScope.PARTNERSHIP, "(c.nominating_agency_id = ? OR"
                        + " (c.status <> 'CLOSED' AND EXISTS (SELECT 1 FROM case_share s0 WHERE s0.case_id = c.id"
                        + " AND s0.agency_id = ? AND s0.ended_at IS NULL)))", List.of(police, police)));
        YearMonth last = YearMonth.from(BenchmarkData.UNTIL.minusDays(1));
        List<InsightFilter> periods = List.of(new InsightFilter(last.minusMonths(11), last, null, null, null),
                new InsightFilter(last.minusMonths(InsightFilter.MAX_MONTHS - 1), last, null, null, null));

        List<String> missed = new ArrayList<>();
        for (Scope scope : scopes) {
            for (InsightFilter filter : periods) {
                signIn.as(scope.member());
                Counting counting = Counting.of(PortalUser.require(), scope.scope(), filter, scope.scope().withholdsSmallNumbers(),
                        5, BenchmarkData.UNTIL);
                System.out.printf(Locale.UK, "%n-- %s, %s (%,d nominations)%n", scope.name(), counting.period(),
                        jdbc.queryForObject("SELECT COUNT(*) FROM marac_case c JOIN marac_area ar ON ar.id = c.area_id WHERE "
                                + scope.where() + " AND c.submitted_at >= ? AND c.submitted_at < ?", Long.class,
                                arguments(scope, filter)));
                System.out.printf(Locale.UK, "  %-28s %12s %12s %8s%n", "figure", "dashboard", "hand SQL", "ratio");
                for (Figure figure : figures(scope)) {
                    if (figure.name().equals("by agency") && scope.scope() == DashboardScope.AGENCY) {
                        continue;
                    }
                    Measurement dashboard = new Measurement(figure.name());
                    Measurement hand = new Measurement(figure.name() + " by hand");
                    Hand query = figure.hand().apply(scope, filter);
                    Runnable measured = () -> figure.measure().apply(counting);
                    Runnable byHand = () -> jdbc.queryForList(query.sql(), query.arguments());
                    for (int i = 0; i < WARM_UP; i++) {
                        measured.run();
                        byHand.run();
                    }
                    for (int i = 0; i < ROUNDS; i++) {
                        if (i % 2 == 0) {
                            dashboard.time(() -> run(measured));
                            hand.time(() -> run(byHand));
                        } else {
                            hand.time(() -> run(byHand));
                            dashboard.time(() -> run(measured));
                        }
                    }
                    double ratio = dashboard.median() / hand.median();
                    String flags = (dashboard.median() > 500 ? " over 500 ms" : "") + (ratio > 3 ? " over 3x" : "");
                    System.out.printf(Locale.UK, "  %-28s %9.1f ms %9.1f ms %8.2f%s%n", figure.name(), dashboard.median(),
                            hand.median(), ratio, flags);
                    if (!flags.isEmpty()) {
                        missed.add(scope.name() + ", " + counting.period() + ", " + figure.name() + ":" + flags);
                    }
                }
                Measurement whole = new Measurement("whole dashboard");
                for (int i = 0; i < Math.max(3, ROUNDS / 3); i++) {
                    whole.time(() -> switch (scope.scope()) {
                        case AREA -> insight.areaDashboard(filter);
                        case AGENCY -> insight.agencyDashboard(filter);
                        case PARTNERSHIP -> insight.partnershipOverview(filter);
                    });
                }
                System.out.printf(Locale.UK, "  %-28s %9.1f ms (median of %d, every section)%n", "whole dashboard", whole.median(),
                        whole.runs());
            }
        }
        System.out.println(missed.isEmpty() ? "\nEvery dashboard query met both targets."
                : "\nMissed targets:\n  " + String.join("\n  ", missed));
    }

    private static Void run(Runnable work) {
        work.run();
        return null;
    }

    /** The scope's arguments, then the period's first moment and the first moment after it (UK time, as UTC). */
    private static Object[] arguments(Scope scope, InsightFilter filter) {
        List<Object> all = new ArrayList<>(scope.arguments());
        all.add(utc(filter.from().atDay(1)));
        all.add(utc(filter.to().plusMonths(1).atDay(1)));
        return all.toArray();
    }

    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(UK).toInstant(), ZoneOffset.UTC);
    }

    /**
     * Actions by owner agency. On the agency dashboard these are the agency's own actions on every case it may
     * see (not only those it nominated), so the hand-written query states the agency's whole view.
     */
    private Figure actions(Scope scope) {
        String select = "SELECT a.owner_agency_id, COUNT(*), SUM(a.status = 'DONE'),"
                + " SUM((a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < ?) OR DATE(a.finished_at) > a.due_date)"
                + " FROM case_action a JOIN marac_case c ON c.id = a.case_id JOIN marac_area ar ON ar.id = c.area_id WHERE ";
        return new Figure("actions", measures::actionRates, (ignored, filter) -> {
            List<Object> arguments = new ArrayList<>(List.of(BenchmarkData.UNTIL));
            String where;
            if (scope.scope() == DashboardScope.AGENCY) {
                Long agency = (Long) scope.arguments().getFirst();
                where = "a.owner_agency_id = ? AND (c.nominating_agency_id = ? OR (c.status <> 'CLOSED' AND EXISTS (SELECT 1"
                        + " FROM case_share s0 WHERE s0.case_id = c.id AND s0.agency_id = ? AND s0.ended_at IS NULL)))";
                arguments.addAll(List.of(agency, agency, agency));
            } else {
                where = scope.where();
                arguments.addAll(scope.arguments());
            }
            arguments.add(utc(filter.from().atDay(1)));
            arguments.add(utc(filter.to().plusMonths(1).atDay(1)));
            return new Hand(select + where + " AND c.submitted_at >= ? AND c.submitted_at < ? GROUP BY a.owner_agency_id",
                    arguments.toArray());
        });
    }

    /** Each figure of the dashboards, written by hand for a scope. */
    private List<Figure> figures(Scope scope) {
        String cases = " FROM marac_case c JOIN marac_area ar ON ar.id = c.area_id ";
        return List.of(
                figure("nominations by strand", measures::nominationsByStrand, "SELECT m, COUNT(*), SUM(race), SUM(religion),"
                        + " SUM(orientation), SUM(disability), SUM(trans), SUM(race + religion + orientation + disability + trans > 1)"
                        + " FROM (SELECT c.id, " + UK_MONTH.formatted("c.submitted_at").replace("%", "%%") + " m, " + FLAGS + cases
                        + "LEFT JOIN incident i ON i.case_id = c.id LEFT JOIN incident_strand s ON s.incident_id = i.id"
                        + " WHERE %1$s GROUP BY c.id) x GROUP BY m"),
                figure("by agency", measures::nominationsByAgency,
                        "SELECT c.nominating_agency_id, COUNT(*)" + cases + "WHERE %1$s GROUP BY c.nominating_agency_id"),
                figure("by area", measures::nominationsByArea, "SELECT c.area_id, COUNT(*)" + cases + "WHERE %1$s GROUP BY c.area_id"),
                figure("by ward", measures::nominationsByWard, "SELECT li.ward, COUNT(*)" + cases + LATEST + " WHERE %1$s GROUP BY li.ward"),
                figure("endorsed risk", measures::riskLevels, "SELECT c.endorsed_risk, COUNT(*)" + cases + "WHERE %1$s GROUP BY c.endorsed_risk"),
                figure("eligibility route", measures::eligibilityRoutes,
                        "SELECT c.eligibility_route, COUNT(*)" + cases + "WHERE %1$s GROUP BY c.eligibility_route"),
                figure("repeats", measures::repeats, "SELECT COUNT(*), SUM(EXISTS (SELECT 1 FROM case_party v JOIN case_party ev"
                        + " ON ev.person_id = v.person_id AND ev.role = 'VICTIM' AND ev.case_id <> c.id JOIN marac_case e ON e.id = ev.case_id"
                        + " AND e.submitted_at < c.submitted_at WHERE v.case_id = c.id AND v.role = 'VICTIM') OR EXISTS (SELECT 1"
                        + " FROM case_party v JOIN person_link l ON l.person_id = v.person_id JOIN case_party ev ON ev.person_id = l.linked_id"
                        + " AND ev.role = 'VICTIM' JOIN marac_case e ON e.id = ev.case_id AND e.submitted_at < c.submitted_at"
                        + " WHERE v.case_id = c.id AND v.role = 'VICTIM') OR EXISTS (SELECT 1 FROM case_party v JOIN person_link l"
                        + " ON l.linked_id = v.person_id JOIN case_party ev ON ev.person_id = l.person_id AND ev.role = 'VICTIM'"
                        + " JOIN marac_case e ON e.id = ev.case_id AND e.submitted_at < c.submitted_at WHERE v.case_id = c.id"
                        + " AND v.role = 'VICTIM')), SUM(c.status IN " + ACCEPTED + "), SUM(c.repeat_case AND c.status IN " + ACCEPTED
                        + ")" + cases + "WHERE %1$s"),
                figure("incident to nomination", measures::timeToNomination, "SELECT COUNT(*), SUM(d <= 7), SUM(d BETWEEN 8 AND 28),"
                        + " SUM(d BETWEEN 29 AND 90), SUM(d > 90), MAX(med) FROM (SELECT d, MEDIAN(d) OVER () med FROM (SELECT"
                        + " TIMESTAMPDIFF(DAY, (SELECT MAX(i.occurred_at) FROM incident i WHERE i.case_id = c.id), c.submitted_at) d"
                        + cases + "WHERE %1$s) x) y"),
                figure("nomination to meeting", measures::timeToMeeting, "SELECT COUNT(*), SUM(d <= 14), SUM(d BETWEEN 15 AND 28),"
                        + " SUM(d BETWEEN 29 AND 42), SUM(d > 42), SUM(d IS NULL), MAX(med) FROM (SELECT d, MEDIAN(d) OVER () med FROM"
                        + " (SELECT TIMESTAMPDIFF(DAY, c.submitted_at, (SELECT MIN(m.starts_at) FROM agenda_item ai JOIN meeting m"
                        + " ON m.id = ai.meeting_id WHERE ai.case_id = c.id AND ai.removed_at IS NULL AND m.status <> 'CANCELLED')) d"
                        + cases + "WHERE %1$s AND c.status IN " + ACCEPTED + ") x) y"),
                actions(scope),
                figure("victim support referrals", measures::victimSupportReferrals, "SELECT model, COUNT(*), SUM(referred),"
                        + " SUM(race), SUM(race AND referred), SUM(religion), SUM(religion AND referred), SUM(orientation),"
                        + " SUM(orientation AND referred), SUM(disability), SUM(disability AND referred), SUM(trans), SUM(trans AND referred)"
                        + " FROM (SELECT c.id, c.referral_model model, c.victim_support_choice = 'ACCEPTED' referred, " + FLAGS + cases
                        + "LEFT JOIN incident i ON i.case_id = c.id LEFT JOIN incident_strand s ON s.incident_id = i.id WHERE %1$s"
                        + " GROUP BY c.id) x GROUP BY model"),
                figure("cyber-enabled", measures::cyberEnabled, "SELECT COUNT(*), SUM(EXISTS (SELECT 1 FROM incident i"
                        + " WHERE i.case_id = c.id AND i.cyber_enabled))" + cases + "WHERE %1$s"),
                figure("reporting route", measures::reportingRoutes,
                        "SELECT li.reporting_route, COUNT(*)" + cases + LATEST + " WHERE %1$s GROUP BY li.reporting_route"),
                figure("hotspots", measures::hotspots, "SELECT i.ward, " + UK_MONTH.formatted("i.occurred_at").replace("%", "%%")
                        + ", COUNT(*) FROM incident i JOIN marac_case c ON c.id = i.case_id JOIN marac_area ar ON ar.id = c.area_id"
                        + " WHERE c.submitted_at IS NOT NULL AND %2$s AND i.occurred_at >= ? AND i.occurred_at < ? GROUP BY 1, 2"));
    }
}
