package org.marac.portal.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.time.LocalDate;
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
            "person_link", "case_reference_counter", "case_action", "case_action_update", "case_share", "processing_log",
            "processing_log_person", "processing_log_head");

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
        // Actions: only on cases whose actions are open or later, all finished once the case is closed, each one's
        // owner agency sharing the case, finished exactly when their status says so.
        assertThat(count(data, "case_action")).isPositive();
        assertThat(data.queryForObject("""
                SELECT COUNT(*) FROM case_action a JOIN marac_case c ON c.id = a.case_id
                WHERE c.status NOT IN ('ACTIONS_OPEN', 'UNDER_REVIEW', 'CLOSED')
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

    private static long count(JdbcTemplate data, String table) {
        return data.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private Long checksum(String schema, String table) {
        return jdbc.queryForObject("CHECKSUM TABLE " + schema + "." + table, (row, n) -> row.getLong(2));
    }
}
