package org.marac.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseListFilter;
import org.marac.portal.nomination.CaseListRow;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.person.Person;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The s.62 processing log on MariaDB: what is logged, that it cannot be changed, and tamper evidence. */
@PortalTest
class ProcessingLogTest {

    @Autowired
    NominationService nominations;
    @Autowired
    ChainVerification verification;
    @Autowired
    Nominations builder;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessingLog log;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<Map<String, Object>> entriesFor(String subjectType, Long subjectId) {
        log.awaitWritten();
        // In the order they happened: a consultation is committed a moment after it is made, maybe after a later change.
        return jdbc.queryForList("SELECT * FROM processing_log WHERE subject_type = ? AND subject_id <=> ?"
                + " ORDER BY occurred_at, id", subjectType, subjectId);
    }

    @Test
    void collectionAlterationConsultationAndDenialAreLoggedWithMemberAgencyAndPeople() {
        signIn.as(demo.get("housing"));
        MaracCase saved = nominations.saveDraft(builder.completeDraft("Lola", "Logged", LocalDate.of(1980, 1, 1), "NG7 7LL", 1));
        nominations.saveDraft(nominations.find(saved.getId()));
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> nominations.find(saved.getId())).isInstanceOf(CaseNotFoundException.class);

        List<Map<String, Object>> entries = entriesFor("CASE", saved.getId());
        assertThat(entries).extracting(row -> row.get("operation"))
                .containsExactly("COLLECTION", "CONSULTATION", "ALTERATION", "ACCESS_DENIED");
        Map<String, Object> collection = entries.getFirst();
        assertThat(collection.get("member_id")).isEqualTo(demo.get("housing").getId());
        assertThat(collection.get("agency_id")).isEqualTo(demo.get("housing").getAgency().getId());
        String victimId = String.valueOf(saved.victim().orElseThrow().getPerson().getId());
        assertThat((String) collection.get("person_ids")).contains(victimId);
        assertThat(entries.getLast().get("member_id")).isEqualTo(demo.get("police").getId());
    }

    @Test
    void aListPageRecordsWhichRowsWereShownAndTheVictimsTheyName() {
        signIn.as(demo.get("housing"));
        MaracCase draft = builder.completeDraft("Lisa", "Listed", LocalDate.of(1980, 1, 1), "NG7 7LM", 1);
        Person perpetrator = new Person();
        perpetrator.setGivenName("Unlisted");
        perpetrator.setFamilyName("Perpetrator");
        draft.addParty(PartyRole.PERPETRATOR, perpetrator);
        MaracCase saved = nominations.saveDraft(draft);
        Long victimId = saved.victim().orElseThrow().getPerson().getId();
        Long perpetratorId = saved.partiesIn(PartyRole.PERPETRATOR).getFirst().getPerson().getId();
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);

        List<CaseListRow> rows = nominations.visibleCases(CaseListFilter.all(), 0, 500);

        assertThat(rows).filteredOn(row -> row.id().equals(saved.getId())).singleElement()
                .extracting(CaseListRow::victimName).isEqualTo("Lisa Listed");
        log.awaitWritten();
        Map<String, Object> entry = jdbc.queryForMap(
                "SELECT * FROM processing_log WHERE id > ? AND subject_type = 'CASE_LIST'", before);
        assertThat(entry.get("operation")).isEqualTo("CONSULTATION");
        assertThat((String) entry.get("detail")).contains(String.valueOf(saved.getId()));
        // The list shows the victim's name and nothing of the perpetrator's: so the people index says.
        List<Long> named = jdbc.queryForList("SELECT person_id FROM processing_log_person WHERE entry_id = ?",
                Long.class, entry.get("id"));
        assertThat(named).contains(victimId).doesNotContain(perpetratorId);
    }

    @Test
    void aListNamingMorePeopleThanTheColumnHoldsIsSpreadOverEntriesThatAllVerify() {
        signIn.as(demo.get("housing"));
        List<Long> people = java.util.stream.LongStream.rangeClosed(9_000_001, 9_000_400).boxed().toList();
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);

        transactions.executeWithoutResult(status -> log.record(ProcessingOperation.CONSULTATION,
                ProcessingLog.Subject.of("CASE_LIST", null, people), null, "cases shown to a busy chair"));

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT * FROM processing_log WHERE id > ? AND detail LIKE 'cases shown to a busy chair%' ORDER BY id", before);
        assertThat(entries).hasSizeGreaterThan(1);
        assertThat(entries).allSatisfy(entry -> assertThat(((String) entry.get("person_ids")).length()).isLessThanOrEqualTo(1000));
        assertThat(entries.getFirst().get("detail")).isEqualTo("cases shown to a busy chair [people, part 1 of " + entries.size() + "]");
        assertThat(entries.stream().flatMap(entry -> java.util.Arrays.stream(((String) entry.get("person_ids")).split(",")))
                .map(Long::valueOf).toList()).isEqualTo(people);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log_person WHERE entry_id > ? AND person_id > 9000000",
                Integer.class, before)).isEqualTo(400);
        signIn.as(demo.get("dpo"));
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void theBulkWriterContinuesTheChainFromItsHeadAndThePortalContinuesAfterIt() throws Exception {
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
        java.time.Instant at = java.time.Instant.parse("2024-03-01T10:15:30.123456789Z");
        List<BulkChainWriter.Item> items = List.of(
                new BulkChainWriter.Item(at, 1L, 2L, ProcessingOperation.COLLECTION, "CASE", 77L, List.of(5L, 3L, 5L), null,
                        "tab\there, line\nbreak, back\\slash, naïve 🙂"),
                new BulkChainWriter.Item(at.plusSeconds(1), null, null, ProcessingOperation.ACCESS_DENIED, "CASE", 78L, List.of(), null, null),
                new BulkChainWriter.Item(at.plusSeconds(2), 1L, 2L, ProcessingOperation.CONSULTATION, "CASE_LIST", null,
                        java.util.stream.LongStream.rangeClosed(8_000_001, 8_000_300).boxed().toList(), null, "cases 77,78"));
        BulkChainWriter.Appended appended;
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            appended = BulkChainWriter.append(connection, items);
            connection.commit();
        }

        assertThat(appended.firstId()).isEqualTo(before + 1);
        assertThat(appended.entries()).isGreaterThan(3);
        assertThat(jdbc.queryForObject("SELECT last_hash FROM processing_log_head", String.class)).isEqualTo(appended.head());
        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM processing_log WHERE id = ?", appended.firstId());
        assertThat(first.get("detail")).isEqualTo("tab\there, line\nbreak, back\\slash, naïve 🙂");
        assertThat(first.get("person_ids")).isEqualTo("3,5");
        assertThat(jdbc.queryForObject("SELECT CAST(occurred_at AS CHAR) FROM processing_log WHERE id = ?", String.class,
                appended.firstId())).isEqualTo("2024-03-01 10:15:30.123456");
        assertThat(jdbc.queryForList("SELECT person_id FROM processing_log_person WHERE entry_id = ? ORDER BY person_id",
                Long.class, appended.firstId())).containsExactly(3L, 5L);

        signIn.as(demo.get("housing"));
        nominations.saveDraft(builder.completeDraft("Bulk", "After", LocalDate.of(1980, 1, 1), "NG7 7LP", 1));
        signIn.as(demo.get("dpo"));
        ChainVerification.Result result = verification.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log", Long.class));
    }

    @Test
    void consultationsArrivingTogetherAreAllCommittedWithoutTheirCallersWaitingAndTheChainStaysWhole() throws Exception {
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
        int callers = 24;
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                long subject = 900_000L + i;
                calls.add(threads.submit(() -> {
                    start.await();
                    log.recordConsultation(ProcessingLog.Subject.of("GROUP_TEST", subject, List.of(subject)), "together");
                    return null;
                }));
            }
            start.countDown();
            for (var call : calls) {
                call.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        log.awaitWritten();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT subject_id) FROM processing_log WHERE subject_type = 'GROUP_TEST'"
                + " AND id > ?", Long.class, before)).isEqualTo((long) callers);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log_person p JOIN processing_log l ON l.id = p.entry_id"
                + " WHERE l.subject_type = 'GROUP_TEST' AND l.id > ? AND p.person_id = l.subject_id", Long.class, before))
                .isEqualTo((long) callers);
        signIn.as(demo.get("dpo"));
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void consultationsQueuedAroundAChangeRecordedElsewhereAllJoinOneChain() {
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
        log.recordConsultation(ProcessingLog.Subject.of("HEAD_TEST", 1L, List.of(910_001L, 910_002L)), "first look");
        // A change is recorded in its own transaction, on another connection, while the log's writer appends.
        transactions.executeWithoutResult(status -> log.record(ProcessingOperation.ALTERATION,
                ProcessingLog.Subject.of("HEAD_TEST", 1L, List.of(910_001L)), null, "changed"));
        log.recordConsultation(ProcessingLog.Subject.of("HEAD_TEST", 1L, List.of(910_003L)), "second look");
        log.awaitWritten();

        // The change may be committed before or after the first look: each keeps its own time and people.
        assertThat(jdbc.queryForList("SELECT detail FROM processing_log WHERE subject_type = 'HEAD_TEST' AND id > ? ORDER BY id",
                String.class, before)).containsExactlyInAnyOrder("first look", "changed", "second look").endsWith("second look");
        assertThat(jdbc.queryForList("SELECT CONCAT(l.detail, ':', p.person_id) FROM processing_log_person p"
                + " JOIN processing_log l ON l.id = p.entry_id WHERE l.subject_type = 'HEAD_TEST' AND l.id > ?", String.class, before))
                .containsExactlyInAnyOrder("first look:910001", "first look:910002", "changed:910001", "second look:910003");
        signIn.as(demo.get("dpo"));
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void aConsultationInsideATransactionThatHoldsTheChainIsWrittenThereInsteadOfWaitingForItself() {
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            log.record(ProcessingOperation.ALTERATION, ProcessingLog.Subject.of("HOLDER_TEST", 1L, List.of()), null, "change");
            log.recordConsultation(ProcessingLog.Subject.of("HOLDER_TEST", 1L, List.of()), "read after the change");
        });
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(jdbc.queryForList("SELECT operation FROM processing_log WHERE subject_type = 'HOLDER_TEST' AND id > ?"
                + " ORDER BY id", String.class, before)).containsExactly("ALTERATION", "CONSULTATION");
    }

    @Test
    void aRefusalInsideATransactionThatHoldsTheChainAndThenRollsBackIsStillRecorded() throws Exception {
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
        transactions.executeWithoutResult(status -> {
            log.record(ProcessingOperation.ALTERATION, ProcessingLog.Subject.of("REFUSAL_TEST", 2L, List.of()), null, "change");
            log.recordDenial(ProcessingLog.Subject.of("REFUSAL_TEST", 2L, List.of()), null);
            status.setRollbackOnly();
        });
        log.awaitWritten();
        assertThat(jdbc.queryForList("SELECT operation FROM processing_log WHERE subject_type = 'REFUSAL_TEST' AND id > ?",
                String.class, before)).containsExactly("ACCESS_DENIED");
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.update("UPDATE processing_log SET detail = 'changed' ORDER BY id LIMIT 1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM processing_log ORDER BY id LIMIT 1"))
                .hasMessageContaining("append-only");
    }

    @Test
    void verificationWalksTheChainAndFindsARowAlteredInTheDatabase() {
        signIn.as(demo.get("housing"));
        MaracCase saved = nominations.saveDraft(builder.completeDraft("Tina", "Tamper", LocalDate.of(1980, 1, 1), "NG7 7LN", 1));
        Long altered = (Long) entriesFor("CASE", saved.getId()).getFirst().get("id");
        signIn.as(demo.get("dpo"));
        assertThat(verification.verify().intact()).isTrue();

        tamper(altered, "someone covered their tracks");
        try {
            ChainVerification.Result result = verification.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(altered);
        } finally {
            tamper(altered, "nomination draft");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void onlyTheDataProtectionOfficerVerifies() {
        signIn.as(demo.get("admin"));
        assertThatThrownBy(() -> verification.verify()).isInstanceOf(AccessDeniedException.class);
    }

    /** What an attacker with database access would do: lift the guard, edit a row, put the guard back. */
    private void tamper(Long id, String detail) {
        jdbc.execute("DROP TRIGGER processing_log_no_update");
        try {
            jdbc.update("UPDATE processing_log SET detail = ? WHERE id = ?", detail, id);
        } finally {
            jdbc.execute("""
                    CREATE TRIGGER processing_log_no_update BEFORE UPDATE ON processing_log FOR EACH ROW
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'processing_log is append-only: entries cannot be changed'""");
        }
    }
}
