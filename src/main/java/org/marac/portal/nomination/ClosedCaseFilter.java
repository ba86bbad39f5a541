package org.marac.portal.nomination;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which closed cases a scrutiny panel draws its sample from. Empty sets mean "any"; the areas are required.
 * Dates are UK calendar days of closure, both included.
 */
public record ClosedCaseFilter(Set<Long> areaIds, Set<Strand> strands, LocalDate closedFrom, LocalDate closedTo,
        Set<CpsOutcome> cpsOutcomes, Set<ClosureReason> closureReasons, Set<RiskLevel> finalRisks,
        Set<RiskLevel> endorsedRisks) {

    public ClosedCaseFilter {
        areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
        strands = strands == null ? Set.of() : Set.copyOf(strands);
        cpsOutcomes = cpsOutcomes == null ? Set.of() : Set.copyOf(cpsOutcomes);
        closureReasons = closureReasons == null ? Set.of() : Set.copyOf(closureReasons);
        finalRisks = finalRisks == null ? Set.of() : Set.copyOf(finalRisks);
        endorsedRisks = endorsedRisks == null ? Set.of() : Set.copyOf(endorsedRisks);
    }
}
