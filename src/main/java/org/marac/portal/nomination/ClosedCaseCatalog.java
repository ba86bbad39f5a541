package org.marac.portal.nomination;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Closed cases whose area's retention period has ended, as references and dates only (no personal data),
 * for the scheduled retention review, which runs without a signed-in member.
 */
@Component
public class ClosedCaseCatalog {

    /** A closed case past its retention period: no one's personal data. */
    public record PastRetention(Long caseId, String reference, Long areaId, java.time.Instant closedAt, LocalDate dueOn) {
    }

    private final JdbcTemplate jdbc;

    ClosedCaseCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PastRetention> pastRetention(LocalDate today) {
        return jdbc.query("""
                SELECT c.id, c.reference, c.area_id, c.closed_at,
                       DATE(DATE_ADD(c.closed_at, INTERVAL a.retention_years YEAR)) AS due_on
                FROM marac_case c JOIN marac_area a ON a.id = c.area_id
                WHERE c.status = 'CLOSED' AND c.closed_at <= DATE_SUB(?, INTERVAL a.retention_years YEAR)
                ORDER BY c.closed_at
                """, (row, n) -> new PastRetention(row.getLong("id"), row.getString("reference"), row.getLong("area_id"),
                row.getObject("closed_at", java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC),
                row.getObject("due_on", LocalDate.class)), today.plusDays(1));
    }

    /** The ids of the people a case holds, which the processing log records when their data is erased. */
    public List<Long> personIdsOf(Long caseId) {
        return jdbc.queryForList("SELECT person_id FROM case_party WHERE case_id = ? ORDER BY person_id", Long.class, caseId);
    }
}
