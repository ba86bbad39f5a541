package org.marac.portal.meeting.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.RiskLevel;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open cases of an area not yet on a meeting's agenda, with what the agenda rules need to know about
 * each, in one statement. Closed cases (most of an area's history) are never read past the index on (area,
 * status); each open case is looked up in the agenda, meeting and action indexes with EXISTS, which stops at
 * the first row found. The HAVING clause keeps only rows the agenda rules could list, so few rows travel;
 * the rules themselves ({@link org.marac.portal.meeting.AgendaRules}) still decide.
 */
@Component
public class AgendaCandidates {

    private static final String SQL = """
            SELECT c.id, c.status, c.repeat_case, c.children_in_household, c.endorsed_risk, c.decided_at,
              EXISTS (SELECT 1 FROM agenda_item d JOIN meeting dm ON dm.id = d.meeting_id
                      WHERE d.case_id = c.id AND d.discussed AND d.removed_at IS NULL AND dm.status IN (:held)) AS discussed,
              EXISTS (SELECT 1 FROM agenda_item o JOIN meeting om ON om.id = o.meeting_id
                      WHERE o.case_id = c.id AND o.removed_at IS NULL AND o.meeting_id <> :meetingId
                        AND om.status IN (:upcoming)) AS elsewhere,
              EXISTS (SELECT 1 FROM case_action a
                      WHERE a.case_id = c.id AND a.status IN (:unfinished) AND a.meeting_id IS NOT NULL
                        AND a.meeting_id <> :meetingId) AS open_actions,
              (SELECT MAX(r.review_on) FROM agenda_item r JOIN meeting rm ON rm.id = r.meeting_id
               WHERE r.case_id = c.id AND r.removed_at IS NULL AND rm.status IN (:held)) AS review_on
            FROM marac_case c
            WHERE c.area_id = :areaId AND c.status IN (:inMarac)
              AND NOT EXISTS (SELECT 1 FROM agenda_item t
                              WHERE t.case_id = c.id AND t.meeting_id = :meetingId AND t.removed_at IS NULL)
            HAVING NOT elsewhere AND (NOT discussed OR open_actions OR review_on <= :meetingDay)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AgendaCandidates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CandidateRow> find(Long areaId, Long meetingId, LocalDate meetingDay, Collection<CaseStatus> inMarac,
            Collection<MeetingStatus> held, Collection<MeetingStatus> upcoming, Collection<ActionStatus> unfinished) {
        Map<String, Object> parameters = Map.of("areaId", areaId, "meetingId", meetingId, "meetingDay", meetingDay,
                "inMarac", names(inMarac), "held", names(held), "upcoming", names(upcoming), "unfinished", names(unfinished));
        return jdbc.query(SQL, parameters, (rs, row) -> {
            Timestamp decided = rs.getTimestamp("decided_at");
            java.sql.Date reviewOn = rs.getDate("review_on");
            String risk = rs.getString("endorsed_risk");
            return new CandidateRow(rs.getLong("id"), CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("repeat_case"),
                    rs.getBoolean("children_in_household"), risk == null ? null : RiskLevel.valueOf(risk),
                    decided == null ? null : decided.toInstant(), rs.getBoolean("discussed") ? 1 : 0,
                    rs.getBoolean("elsewhere") ? 1 : 0, rs.getBoolean("open_actions") ? 1 : 0,
                    reviewOn == null ? null : reviewOn.toLocalDate());
        });
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toList());
    }
}
