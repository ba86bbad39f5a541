package org.marac.portal.nomination;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.audit.SwitchableProcessingLog;
import org.marac.portal.support.BenchmarkData;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Measurement;
import org.marac.portal.support.PortalBenchmark;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the s.62 processing log costs on the busiest read paths: opening a case, as the service call
 * ({@link NominationService#find}) and as the page a member sees (the case view with every section, each reading
 * through its own service), and a list page ({@link NominationService#visibleCases}) for a chair and for an agency
 * with many cases, on the generated data set.
 *
 * <p>Method: the portal has no switch to turn the log off, and gets none (that would be a safeguarding hole).
 * The benchmark context replaces the log with {@link SwitchableProcessingLog}, the same class with a switch, so
 * "with" and "without" run the very same code but for the log's writes. Both are called alternately in the same
 * run, same member, same cases, after warm-up rounds; the ratio is of the means. Not a timed test: it prints
 * figures and always passes.
 */
@PortalBenchmark
class LoggingOverheadBenchmark extends KaribuTest {

    /** The rows a lazy case list loads at a time (Vaadin's grid asks for 50). */
    private static final int PAGE = 50;

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 10);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 40);
    private static final int CASES_PER_ROUND = 50;
    private static final int PAGES_PER_ROUND = 10;

    @Autowired
    NominationService nominations;
    @Autowired
    SwitchableProcessingLog log;
    @Autowired
    BenchmarkData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void data() throws Exception {
        data.ensureGenerated(System.out);
        if (!methodShown) {
            methodShown = true;
            System.out.println("""

                    Method: the portal has no switch to turn the processing log off, and gets none. For this benchmark the
                    log is the same class with a switch (audit.SwitchableProcessingLog): "with" and "without" run the same
                    code, the same queries and access policy, but for the log's writes. The two alternate round by round in
                    the same run (same member, same cases) after warm-up rounds; the ratio is of the means, the
                    median-based one is shown beside it.""");
        }
    }

    private static boolean methodShown;

    @AfterEach
    void logOn() {
        log.turn(true);
    }

    /** The log call on its own, each in a transaction, against a transaction that only reads: what one entry costs. */
    @Test
    void theLogCallAlone() {
        signIn.as(demo.get("chair"));
        List<Long> people = jdbc.queryForList("SELECT person_id FROM case_party ORDER BY id DESC LIMIT 3", Long.class);
        compare("what one entry costs: ProcessingLog.record naming 3 people", CASES_PER_ROUND,
                "a transaction that writes one log entry", () -> {
                    for (int i = 0; i < CASES_PER_ROUND; i++) {
                        transactions.executeWithoutResult(status -> log.record(ProcessingOperation.CONSULTATION,
                                ProcessingLog.Subject.of("CASE", 1L, people), null, null));
                    }
                    return CASES_PER_ROUND;
                },
                "a transaction that only reads (SELECT 1)", () -> {
                    for (int i = 0; i < CASES_PER_ROUND; i++) {
                        transactions.executeWithoutResult(status -> jdbc.queryForObject("SELECT 1", Integer.class));
                    }
                    return CASES_PER_ROUND;
                });
        compare("what consultations cost: ProcessingLog.recordConsultation naming 3 people, one caller, until committed",
                CASES_PER_ROUND, "consultations queued, then waiting until the log's writer has committed them", () -> {
                    for (int i = 0; i < CASES_PER_ROUND; i++) {
                        log.recordConsultation(ProcessingLog.Subject.of("CASE", 1L, people), null);
                    }
                    log.awaitWritten();
                    return CASES_PER_ROUND;
                },
                "nothing", () -> CASES_PER_ROUND);
    }

    @Test
    void openingACase() {
        signIn.as(demo.get("chair"));
        List<Long> caseIds = chairsCases();
        compare("open a case: NominationService.find (chair, " + caseIds.size() + " cases a round)", caseIds.size(), () -> {
            caseIds.forEach(nominations::find);
            return caseIds.size();
        });
    }

    /** The case page as the chair opens it: every section, each through its own service, logging what it shows. */
    @Test
    void openingACasePage() {
        openAs("chair");
        List<Long> caseIds = chairsCases();
        compare("open a case page: the case view with all its sections (chair, " + caseIds.size() + " cases a round)",
                caseIds.size(), () -> {
                    for (Long caseId : caseIds) {
                        UI.getCurrent().navigate("cases/" + caseId);
                    }
                    return caseIds.size();
                });
    }

    private List<Long> chairsCases() {
        return jdbc.queryForList("""
                SELECT c.id FROM marac_case c JOIN marac_area a ON a.id = c.area_id
                WHERE a.chair_id = ? AND c.status <> 'DRAFT' ORDER BY c.id DESC LIMIT ?""", Long.class,
                demo.get("chair").getId(), CASES_PER_ROUND);
    }

    @Test
    void aListPageForTheChair() {
        listPagesAs("chair", "chair");
    }

    @Test
    void aListPageForAnAgencyWithManyCases() {
        listPagesAs("police", "police practitioner");
    }

    /** The first pages of the member's case list, one after another, as a member scrolling down loads them. */
    private void listPagesAs(String username, String who) {
        signIn.as(demo.get(username));
        compare("list page (" + who + ", " + nominations.countVisibleCases(CaseListFilter.all()) + " cases, "
                + PAGES_PER_ROUND + " pages of " + PAGE + " a round)", PAGES_PER_ROUND, () -> {
                    for (int page = 0; page < PAGES_PER_ROUND; page++) {
                        nominations.visibleCases(CaseListFilter.all(), page, PAGE);
                    }
                    return PAGES_PER_ROUND;
                });
    }

    /** The same work with the log on and off. */
    private void compare(String what, int callsPerRound, Supplier<Integer> work) {
        compare(what, callsPerRound, "with the log", () -> {
            log.turn(true);
            return work.get();
        }, "without the log (switched off)", () -> {
            log.turn(false);
            return work.get();
        });
    }

    /** Alternates the two round by round, so drift on a shared machine hits both alike. */
    private static void compare(String what, int callsPerRound, String loggedName, Supplier<Integer> logged,
            String unloggedName, Supplier<Integer> unloggedPath) {
        for (int i = 0; i < WARM_UP; i++) {
            logged.get();
            unloggedPath.get();
        }
        Measurement on = new Measurement("  " + loggedName);
        Measurement off = new Measurement("  " + unloggedName);
        for (int i = 0; i < ROUNDS; i++) {
            if (i % 2 == 0) {
                on.time(logged);
                off.time(unloggedPath);
            } else {
                off.time(unloggedPath);
                on.time(logged);
            }
        }
        double ratio = on.mean() / off.mean();
        System.out.printf(Locale.UK, "%n== Processing log overhead: %s, %d calls a round, %d warm-up + %d measured rounds%n",
                what, callsPerRound, WARM_UP, ROUNDS);
        System.out.println(off.line());
        System.out.println(on.line());
        System.out.printf(Locale.UK, "  per call: %.3f ms without, %.3f ms with the log; ratio %.3f (overhead %+.1f %%, median-based %+.1f %%); target at most +10 %%%n",
                off.mean() / callsPerRound, on.mean() / callsPerRound, ratio, (ratio - 1) * 100,
                (on.median() / off.median() - 1) * 100);
    }
}
