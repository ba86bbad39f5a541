package org.marac.portal.meeting.internal;

import org.marac.portal.base.erasure.CaseErasure;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anonymises what meetings hold about a case: the reasons it was added or removed, the discussion and the
 * decisions. The agreed risk and review date stay. An approved minutes PDF that discussed the case is no longer
 * kept as it was, since it quotes the erased text: the minutes are drawn again from the anonymised record when
 * next downloaded. Runs after the other modules' erasures so nothing drawn afterwards still holds their text.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MeetingErasure implements CaseErasure {

    private final JdbcTemplate jdbc;

    MeetingErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Long caseId) {
        jdbc.update("""
                UPDATE meeting SET approved_minutes_pdf = NULL, version = version + 1
                WHERE approved_minutes_pdf IS NOT NULL
                  AND id IN (SELECT meeting_id FROM agenda_item WHERE case_id = ? AND discussed)""", caseId);
        jdbc.update("""
                UPDATE agenda_item SET version = version + 1,
                    discussion = CASE WHEN discussion IS NULL OR discussion = '' THEN discussion ELSE ? END,
                    decisions = CASE WHEN decisions IS NULL OR decisions = '' THEN decisions ELSE ? END,
                    added_reason = CASE WHEN added_reason IS NULL OR added_reason = '' THEN added_reason ELSE ? END,
                    removed_reason = CASE WHEN removed_reason IS NULL OR removed_reason = '' THEN removed_reason ELSE ? END
                WHERE case_id = ?""", ERASED, ERASED, ERASED, ERASED, caseId);
    }
}
