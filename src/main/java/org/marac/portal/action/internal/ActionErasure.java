package org.marac.portal.action.internal;

import org.marac.portal.base.erasure.CaseErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Anonymises a case's actions: what they were and what was said about them; owners, dates and statuses stay. */
@Component
class ActionErasure implements CaseErasure {

    private final JdbcTemplate jdbc;

    ActionErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Long caseId) {
        jdbc.update("""
                UPDATE case_action SET description = ?, version = version + 1,
                    status_reason = CASE WHEN status_reason IS NULL THEN NULL ELSE ? END
                WHERE case_id = ?""", ERASED, ERASED, caseId);
        jdbc.update("""
                UPDATE case_action_update SET comment = ? WHERE comment IS NOT NULL
                    AND action_id IN (SELECT id FROM case_action WHERE case_id = ?)""", ERASED, caseId);
    }
}
