package org.marac.portal.nomination.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case references like HC-2026-0042: numbered per year without gaps or duplicates. The year's counter row
 * is incremented and locked inside the submitting transaction, so concurrent submissions queue on it and
 * a rolled-back submission gives its number back.
 */
@Component
public class CaseReferences {

    private final JdbcTemplate jdbc;

    CaseReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        jdbc.update("""
                INSERT INTO case_reference_counter (year, last_number) VALUES (?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)
                """, year);
        Integer number = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
        return "HC-%d-%04d".formatted(year, number);
    }
}
