package org.marac.portal.scrutiny.internal;

import org.marac.portal.base.erasure.CaseErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anonymises what scrutiny panels wrote about a case whose retention ended: its redacted summary, the swap
 * note, the agreed finding's words and each member's comments. Ratings, the case's profile and the draw
 * stay, so published reports keep their figures.
 */
@Component
class ScrutinyErasure implements CaseErasure {

    private final JdbcTemplate jdbc;

    ScrutinyErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Long caseId) {
        jdbc.update("""
                UPDATE review_case SET version = version + 1,
                    summary = CASE WHEN summary IS NULL THEN NULL ELSE ? END,
                    swap_note = CASE WHEN swap_note IS NULL THEN NULL ELSE ? END,
                    finding_text = CASE WHEN finding_text IS NULL THEN NULL ELSE ? END
                WHERE case_id = ?""", ERASED, ERASED, ERASED, caseId);
        jdbc.update("""
                UPDATE case_review SET version = version + 1,
                    overall_comment = CASE WHEN overall_comment IS NULL THEN NULL ELSE ? END
                WHERE review_case_id IN (SELECT id FROM review_case WHERE case_id = ?)""", ERASED, caseId);
        jdbc.update("""
                UPDATE case_review_rating SET comment = ? WHERE comment IS NOT NULL
                    AND case_review_id IN (SELECT r.id FROM case_review r JOIN review_case rc ON rc.id = r.review_case_id
                                           WHERE rc.case_id = ?)""", ERASED, caseId);
    }
}
