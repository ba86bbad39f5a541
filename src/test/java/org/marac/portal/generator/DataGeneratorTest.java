package org.marac.portal.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.marac.portal.audit.ChainVerification;
import org.marac.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator at a tiny scale (100 cases), into empty schemas of their own on the test server: the same
 * seed gives the same data, the volumes are in the proportions asked for, the processing log's chain
 * verifies, and a database that already holds cases is refused.
 */
@PortalTest
class DataGeneratorTest {

    private static final double SCALE = 0.002;
    private static final GeneratorOptions TINY = new GeneratorOptions(7, SCALE, LocalDate.of(2026, 11, 1), false);
    private static final List<String> TABLES = List.of("agency", "member", "member_role", "marac_area",
            "marac_area_agency", "person", "person_alias", "person_name_key", "case_party", "marac_case", "case_event",
            "incident", "incident_strand", "risk_assessment", "risk_answer", "risk_plan_item", "match_suggestion",
            "person_link", "case_reference_counter", "meeting_series", "meeting", "meeting_agency", "meeting_attendee",
            "agenda_item", "case_action", "case_action_update", "case_share", "processing_log", "processing_log_person",
            "processing_log_head");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource shared;
    @Value("${spring.datasource.url}")
    String sharedUrl;

    private final PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());

    @Test
    void theSameSeedGivesTheSameDataInTheProportionsAskedForAndTheChainVerifies() throws Exception {
        DataSource first = GeneratorDatabases.freshSchema(jdbc, sharedUrl, "generator_first");
        DataSource second = GeneratorDatabases.freshSchema(jdbc, sharedUrl, "generator_second");

        GenerationReport one = new DataGenerator().run(first, TINY, Progress.quiet(quiet));
        GenerationReport two = new DataGenerator().run(second, TINY, Progress.quiet(quiet));

        assertThat(two.rows()).isEqualTo(one.rows());
        assertThat(two.chainHead()).isEqualTo(one.chainHead());
        assertThat(two.checksum()).isEqualTo(one.checksum());
        for (String table : TABLES) {
            assertThat(checksum("generator_second", table)).as(table).isEqualTo(checksum("generator_first", table));
        }

        JdbcTemplate data = new JdbcTemplate(first);
        long cases = count(data, "marac_case");
        assertThat(cases).isEqualTo(Math.round(50_000 * SCALE));
        assertThat(count(data, "person")).isBetween(Math.round(150_000 * SCALE * 0.85), Math.round(150_000 * SCALE * 1.15));
        assertThat(count(data, "processing_log")).isBetween(Math.round(10_000_000 * SCALE * 0.97),
                Math.round(10_000_000 * SCALE * 1.03));
        assertThat(count(data, "incident")).isBetween(cases, cases * 4);
        assertThat(count(data, "risk_assessment")).isBetween(cases / 2, cases * 2);
        assertThat(count(data, "risk_answer")).isGreaterThan(count(data, "risk_assessment") * 10);
        assertThat(count(data, "person_name_key")).isGreaterThan(count(data, "person"));
        assertThat(data.queryForObject("SELECT COUNT(DISTINCT strand) FROM incident_strand", Integer.class)).isGreaterThanOrEqualTo(4);
        assertThat(data.queryForObject("""
                SELECT MAX(y) - MIN(y) FROM (SELECT YEAR(created_at) y FROM marac_case) years""", Integer.class))
                .isGreaterThanOrEqualTo(9);

        ChainVerification.Result chain = ChainVerification.verifyIn(first);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.checked()).isEqualTo(count(data, "processing_log"));
        assertThat(data.queryForObject("SELECT last_hash FROM processing_log_head", String.class))
                .isEqualTo(one.chainHead());
    }

    @Test
    void referencesArePerYearWithoutGapsAndCasesLookLikeTheirTimelines() throws Exception {
        DataSource generated = GeneratorDatabases.freshSchema(jdbc, sharedUrl, "generator_shape");
        new DataGenerator().run(generated, TINY.withSeed(11), Progress.quiet(quiet));
        JdbcTemplate data = new JdbcTemplate(generated);

        for (Map<String, Object> year : data.queryForList("""
                SELECT SUBSTRING(reference, 4, 4) AS year, COUNT(*) AS numbered,
                    MAX(CAST(SUBSTRING(reference, 9) AS UNSIGNED)) AS highest
                FROM marac_case WHERE reference IS NOT NULL GROUP BY SUBSTRING(reference, 4, 4)""")) {
            assertThat(((Number) year.get("highest")).longValue()).as("year " + year.get("year"))
                    .isEqualTo(((Number) year.get("numbered")).longValue());
            assertThat(data.queryForObject("SELECT last_number FROM case_reference_counter WHERE year = ?", Long.class,
                    Integer.valueOf((String) year.get("year")))).isEqualTo(((Number) year.get("numbered")).longValue());
        }
        assertThat(data.queryForObject("SELECT COUNT(*) FROM marac_case WHERE status <> 'DRAFT' AND reference IS NULL", Long.class)).isZero();
        String indexes = """
                SELECT GROUP_CONCAT(index_name, ':', column_name ORDER BY index_name, seq_in_index)
                FROM information_schema.statistics WHERE table_schema = ? AND table_name = 'processing_log'""";
        assertThat(jdbc.queryForObject(indexes, String.class, "generator_shape"))
                .as("the log's indexes, set aside while loading, are back").contains("ix_log_subject:subject_type")
                .isEqualTo(jdbc.queryForObject(indexes, String.class, jdbc.queryForObject("SELECT DATABASE()", String.class)));
        assertThat(data.queryForObject("SELECT COUNT(*) FROM marac_case WHERE submitted_at < created_at OR decided_at < submitted_at", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM incident i JOIN marac_case c ON c.id = i.case_id WHERE i.occurred_at > c.created_at""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case c WHERE NOT EXISTS
                    (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.role = 'VICTIM')""", Long.class)).isZero();
        assertThat(data.queryForObject("SELECT COUNT(*) FROM marac_case WHERE status = 'ACCEPTED' AND eligibility_route IS NULL", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM person p WHERE p.given_name IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM person_name_key k WHERE k.person_id = p.id)""", Long.class)).isZero();
        // Actions: only on cases whose actions were opened by then, all finished once the case is closed, each one's
        // owner agency sharing the case, finished exactly when their status says so.
        assertThat(count(data, "case_action")).isPositive();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM case_action a JOIN marac_case c ON c.id = a.case_id
                WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.status = 'ACTIONS_OPEN'
                        AND e.created_at <= a.created_at)
                   OR (c.status = 'CLOSED' AND a.status IN ('OPEN', 'IN_PROGRESS')) OR a.finished_at < a.created_at
                   OR (a.status IN ('DONE', 'CANNOT_BE_DONE', 'NOT_DONE_BY_AGENCY')) <> (a.finished_at IS NOT NULL)""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM case_action a WHERE NOT EXISTS (SELECT 1 FROM case_share s WHERE s.source = 'ACTION_OWNER'
                    AND s.source_id = a.id AND s.agency_id = a.owner_agency_id AND s.case_id = a.case_id)""", Long.class)).isZero();
        assertThat(data.queryForObject("SELECT COUNT(DISTINCT status) FROM case_action", Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM processing_log l WHERE l.subject_type = 'CASE'
                AND NOT EXISTS (SELECT 1 FROM marac_case c WHERE c.id = l.subject_id)""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM processing_log l WHERE l.member_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM member m WHERE m.id = l.member_id)""", Long.class)).isZero();
    }

    @Test
    void meetingsAreSixWeeklyPerAreaAndListEveryCaseUntilItIsClosed() throws Exception {
        DataSource generated = GeneratorDatabases.freshSchema(jdbc, sharedUrl, "generator_meetings");
        GenerationReport report = new DataGenerator().run(generated, TINY.withSeed(23), Progress.quiet(quiet));
        JdbcTemplate data = new JdbcTemplate(generated);
        Instant until = TINY.until().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (String table : List.of("meeting_series", "meeting", "meeting_agency", "meeting_attendee", "agenda_item")) {
            assertThat(report.rows(table)).as(table).isPositive().isEqualTo(count(data, table));
        }

        // One series per area; every occurrence from the start of the ten years to three beyond their end, at the
        // series' time every cadence weeks (UK time), or moved by at most a week.
        assertThat(count(data, "meeting_series")).isEqualTo(count(data, "marac_area"));
        for (Map<String, Object> series : data.queryForList("""
                SELECT s.id, s.first_meeting_on, s.start_time, a.cadence_weeks FROM meeting_series s
                JOIN marac_area a ON a.id = s.area_id""")) {
            LocalDate first = ((java.sql.Date) series.get("first_meeting_on")).toLocalDate();
            LocalTime time = ((java.sql.Time) series.get("start_time")).toLocalTime();
            int cadence = ((Number) series.get("cadence_weeks")).intValue();
            assertThat(cadence).isEqualTo(6);
            List<Map<String, Object>> meetings = data.queryForList(
                    "SELECT occurrence, starts_at, moved, status FROM meeting WHERE series_id = ? ORDER BY occurrence", series.get("id"));
            assertThat(meetings.size()).isBetween(86, 92);
            int expected = 0;
            for (Map<String, Object> meeting : meetings) {
                assertThat(((Number) meeting.get("occurrence")).intValue()).isEqualTo(expected);
                Instant scheduled = first.plusWeeks((long) expected * cadence).atTime(time).atZone(UK).toInstant();
                Instant startsAt = utc(meeting.get("starts_at"));
                if ((Boolean) meeting.get("moved")) {
                    assertThat(Duration.between(scheduled, startsAt).abs()).isLessThanOrEqualTo(Duration.ofDays(7));
                } else {
                    assertThat(startsAt).isEqualTo(scheduled);
                }
                String status = (String) meeting.get("status");
                if (startsAt.isBefore(until)) {
                    assertThat(status).isIn("MINUTES_APPROVED", "CONCLUDED", "CANCELLED");
                } else {
                    assertThat(status).isIn("SCHEDULED", "AGENDA_PUBLISHED");
                }
                expected++;
            }
            assertThat(meetings.stream().filter(m -> !utc(m.get("starts_at")).isBefore(until)).count()).isEqualTo(3);
        }
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM meeting m WHERE m.status = 'MINUTES_APPROVED' AND (m.minutes_approved_at IS NULL
                    OR m.minutes_approved_at < m.concluded_at OR m.concluded_at < m.started_at OR m.published_at > m.starts_at
                    OR m.minutes_approved_by_id IS NULL)""", Long.class)).isZero();
        assertThat(data.queryForObject("SELECT COUNT(*) FROM meeting WHERE status = 'CANCELLED' AND cancel_reason IS NULL", Long.class)).isZero();
        // Every meeting that is not cancelled invites the area's member agencies and names the chair and a few others;
        // everyone present at a held meeting accepted the confidentiality statement before joining.
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM meeting m WHERE m.status <> 'CANCELLED' AND ((SELECT COUNT(*) FROM meeting_agency g
                    WHERE g.meeting_id = m.id) <> (SELECT COUNT(*) FROM marac_area_agency aa WHERE aa.area_id = m.area_id)
                    OR (SELECT COUNT(*) FROM meeting_attendee t WHERE t.meeting_id = m.id) < 3
                    OR NOT EXISTS (SELECT 1 FROM meeting_attendee t JOIN marac_area a ON a.chair_id = t.member_id
                        WHERE t.meeting_id = m.id AND a.id = m.area_id))""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM meeting_attendee t JOIN meeting m ON m.id = t.meeting_id
                WHERE (m.status IN ('CONCLUDED', 'MINUTES_APPROVED') AND t.status = 'INVITED')
                   OR (t.status = 'PRESENT' AND (t.confidentiality_accepted_at IS NULL OR t.joined_at IS NULL
                       OR t.confidentiality_accepted_at > t.joined_at))""", Long.class)).isZero();

        // Every listing is about a week before a meeting whose agenda holds the case; the case's first item is NEW (or
        // REPEAT for a repeat case), and it is heard at a meeting after its first listing.
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM case_event e WHERE e.status = 'LISTED' AND NOT EXISTS (SELECT 1 FROM agenda_item i
                    JOIN meeting m ON m.id = i.meeting_id WHERE i.case_id = e.case_id AND m.published_at = e.created_at
                    AND m.starts_at BETWEEN e.created_at + INTERVAL 5 DAY AND e.created_at + INTERVAL 8 DAY)""", Long.class)).isZero();
        assertThat(data.queryForObject("SELECT COUNT(DISTINCT case_id) FROM case_event WHERE status = 'LISTED'", Long.class))
                .isPositive().isEqualTo(data.queryForObject("""
                        SELECT COUNT(*) FROM marac_case c WHERE EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                            WHERE i.case_id = c.id AND i.removed_at IS NULL AND m.status <> 'CANCELLED'
                            AND m.starts_at > (SELECT MIN(e.created_at) FROM case_event e WHERE e.case_id = c.id AND e.status = 'LISTED'))""",
                        Long.class));
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case c WHERE c.status IN ('LISTED', 'ACTIONS_OPEN', 'UNDER_REVIEW', 'CLOSED')
                AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.status = 'LISTED')""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM agenda_item i JOIN marac_case c ON c.id = i.case_id JOIN meeting m ON m.id = i.meeting_id
                WHERE i.kind <> CASE WHEN EXISTS (SELECT 1 FROM agenda_item p JOIN meeting pm ON pm.id = p.meeting_id
                        WHERE p.case_id = i.case_id AND p.discussed AND pm.starts_at < m.starts_at) THEN 'REVIEW'
                    WHEN c.repeat_case THEN 'REPEAT' ELSE 'NEW' END""", Long.class)).isZero();
        // Held meetings discussed each item not removed, with an agreed risk and what was decided; others discussed nothing.
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                WHERE (m.status IN ('CONCLUDED', 'MINUTES_APPROVED') AND i.removed_at IS NULL) <> i.discussed
                   OR (i.discussed AND (i.agreed_risk IS NULL OR i.discussion IS NULL OR i.decisions IS NULL
                       OR i.time_used_seconds = 0))""", Long.class)).isZero();
        // Reviews follow: a case discussed once is on every later published agenda of its area until it is closed,
        // and on none after; it is closed within a week of the meeting that last discussed it.
        assertThat(count(data, "agenda_item WHERE kind = 'REVIEW'")).isPositive();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case c JOIN meeting m ON m.area_id = c.area_id
                    AND m.status IN ('AGENDA_PUBLISHED', 'CONCLUDED', 'MINUTES_APPROVED')
                WHERE m.starts_at > (SELECT MIN(fm.starts_at) FROM agenda_item f JOIN meeting fm ON fm.id = f.meeting_id
                        WHERE f.case_id = c.id AND f.discussed)
                  AND (c.closed_at IS NULL OR m.published_at < c.closed_at)
                  AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id AND i.case_id = c.id
                        AND i.kind = 'REVIEW' AND i.removed_at IS NULL)""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case c WHERE c.status = 'CLOSED' AND (c.closed_at > (SELECT MAX(m.starts_at)
                    FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.case_id = c.id AND i.discussed) + INTERVAL 7 DAY
                    OR EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                        WHERE i.case_id = c.id AND m.published_at > c.closed_at))""", Long.class)).isZero();
        // A case's status is its latest event's, and the meeting's agenda shares each case with each invited agency.
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case c WHERE c.status <> (SELECT e.status FROM case_event e WHERE e.case_id = c.id
                    ORDER BY e.created_at DESC, e.id DESC LIMIT 1)""", Long.class)).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM agenda_item i JOIN meeting_agency g ON g.meeting_id = i.meeting_id
                JOIN marac_case c ON c.id = i.case_id AND c.nominating_agency_id <> g.agency_id
                WHERE NOT EXISTS (SELECT 1 FROM case_share s WHERE s.source = 'MEETING_AGENDA' AND s.source_id = i.id
                    AND s.agency_id = g.agency_id AND s.case_id = i.case_id)""", Long.class)).isZero();
        // Actions belong to the meeting that agreed them, set while it discussed the case.
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM case_action a LEFT JOIN meeting m ON m.id = a.meeting_id
                WHERE m.id IS NULL OR a.created_at NOT BETWEEN m.started_at AND m.concluded_at
                   OR NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id AND i.case_id = a.case_id AND i.discussed)""",
                Long.class)).isZero();

        // Closed cases say why, at what risk and whether the CPS had them; no other case does.
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case WHERE (status = 'CLOSED') <> (closure_reason IS NOT NULL AND final_risk IS NOT NULL
                    AND cps_outcome IS NOT NULL AND closed_at IS NOT NULL)
                   OR (closure_reason = 'OTHER' AND closure_note IS NULL)""", Long.class)).isZero();
        Map<String, Object> closed = data.queryForMap("""
                SELECT COUNT(*) closed, SUM(closure_reason = 'RISK_REDUCED') reduced,
                    SUM(FIELD(final_risk, 'STANDARD', 'MEDIUM', 'HIGH') < FIELD(COALESCE(endorsed_risk, 'HIGH'), 'STANDARD', 'MEDIUM', 'HIGH')) lower,
                    SUM(cps_outcome = 'SENT_TO_CPS') sent, SUM(cps_outcome = 'NOT_SENT_TO_CPS') not_sent,
                    SUM(cps_outcome = 'NOT_KNOWN') not_known FROM marac_case WHERE status = 'CLOSED'""");
        long closedCases = ((Number) closed.get("closed")).longValue();
        assertThat(closedCases).isGreaterThan(20);
        assertThat(((Number) closed.get("reduced")).longValue()).isGreaterThan(closedCases / 2);
        assertThat(((Number) closed.get("lower")).longValue()).isGreaterThan(closedCases / 2);
        assertThat(((Number) closed.get("sent")).longValue()).isPositive().isLessThan(closedCases / 2);
        assertThat(((Number) closed.get("not_sent")).longValue()).isGreaterThan(closedCases / 2);
        assertThat(((Number) closed.get("not_known")).longValue()).isPositive();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM marac_case c WHERE c.status = 'CLOSED' AND c.final_risk <> (SELECT i.agreed_risk
                    FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.case_id = c.id AND i.discussed
                    ORDER BY m.starts_at DESC LIMIT 1)""", Long.class)).isZero();
    }

    @Test
    void addingToADataSetContinuesEachSeriesAndLeavesItsMeetingsAlone() throws Exception {
        DataSource generated = GeneratorDatabases.freshSchema(jdbc, sharedUrl, "generator_twice");
        new DataGenerator().run(generated, TINY, Progress.quiet(quiet));
        JdbcTemplate data = new JdbcTemplate(generated);
        String meetingsAsTheyWere = "SELECT id, series_id, occurrence, starts_at, status, published_at, version FROM meeting ORDER BY id";
        List<Map<String, Object>> before = data.queryForList(meetingsAsTheyWere);
        List<Long> series = data.queryForList("SELECT id FROM meeting_series ORDER BY id", Long.class);

        // A year later, as the benchmark adds to the demo data: the series exist, their occurrences are taken.
        new DataGenerator().run(generated, TINY.withSeed(8).withUntil(TINY.until().plusYears(1)).allowingExistingCases(),
                Progress.quiet(quiet));

        assertThat(data.queryForList("SELECT id FROM meeting_series ORDER BY id", Long.class)).isEqualTo(series);
        List<Map<String, Object>> after = data.queryForList(meetingsAsTheyWere);
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.size() - before.size()).as("about a year of meetings in each of two areas").isBetween(16, 22);
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM meeting m WHERE m.id > ? AND m.occurrence <= (SELECT MAX(o.occurrence) FROM meeting o
                    WHERE o.series_id = m.series_id AND o.id <= ?)""", Long.class, before.size(), before.size())).isZero();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM case_event e WHERE e.status = 'LISTED' AND NOT EXISTS (SELECT 1 FROM agenda_item i
                    JOIN meeting m ON m.id = i.meeting_id WHERE i.case_id = e.case_id AND m.published_at = e.created_at)""",
                Long.class)).isZero();
        assertThat(data.queryForObject("SELECT COUNT(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE m.id > ?",
                Long.class, before.size())).isPositive();
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsCasesAndWritesNothing() {
        long cases = count(jdbc, "marac_case");
        long members = count(jdbc, "member");
        long entries = count(jdbc, "processing_log");
        assertThat(cases).isPositive();

        assertThatThrownBy(() -> new DataGenerator().run(shared, TINY, Progress.quiet(quiet)))
                .isInstanceOf(GeneratorRefusedException.class).hasMessageContaining("already holds");

        assertThat(count(jdbc, "marac_case")).isEqualTo(cases);
        assertThat(count(jdbc, "member")).isEqualTo(members);
        assertThat(count(jdbc, "processing_log")).isEqualTo(entries);
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static Instant utc(Object datetime) {
        LocalDateTime value = datetime instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) datetime;
        return value.toInstant(ZoneOffset.UTC);
    }

    private static long count(JdbcTemplate data, String table) {
        return data.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private Long checksum(String schema, String table) {
        return jdbc.queryForObject("CHECKSUM TABLE " + schema + "." + table, (row, n) -> row.getLong(2));
    }
}
