package org.marac.portal.nomination;

import java.time.Instant;

/**
 * A case as a list page shows it. The list returns only this, so what it logs as consulted (the case and its
 * victim's name) is all it can show: perpetrators and witnesses named in the case are not on the list, and
 * their subject access log does not claim they were.
 */
public record CaseListRow(Long id, String reference, CaseStatus status, Long victimId, String victimName,
        String areaName, String agencyName, RiskLevel endorsedRisk, Instant submittedAt) {

    static CaseListRow of(MaracCase maracCase) {
        var victim = maracCase.victim().map(CaseParty::getPerson);
        return new CaseListRow(maracCase.getId(), maracCase.getReference(), maracCase.getStatus(),
                victim.map(person -> person.getId()).orElse(null), victim.map(person -> person.displayName()).orElse(null),
                maracCase.getArea() == null ? null : maracCase.getArea().getName(), maracCase.getNominatingAgency().getName(),
                maracCase.getEndorsedRisk(), maracCase.getSubmittedAt());
    }
}
