package org.marac.portal.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.marac.portal.meeting.AgendaRules;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.RiskLevel;

/** An open case of the area, as the agenda rules and order see it; the counts say whether any such row exists. */
public record CandidateRow(Long caseId, CaseStatus status, boolean repeatCase, boolean childrenInHousehold,
        RiskLevel endorsedRisk, Instant decidedAt, long discussedCount, long otherAgendaCount,
        long openActionsFromEarlierMeetings, LocalDate reviewOn) {

    public AgendaRules.CaseFacts facts() {
        return new AgendaRules.CaseFacts(status, repeatCase, discussedCount > 0, otherAgendaCount > 0,
                openActionsFromEarlierMeetings > 0, reviewOn);
    }
}
