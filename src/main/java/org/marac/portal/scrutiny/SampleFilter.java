package org.marac.portal.scrutiny;

import java.time.LocalDate;
import java.util.Set;
import org.marac.portal.nomination.ClosedCaseFilter;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;

/**
 * Which closed cases a review meeting draws from: areas (the panel's, all of them when empty), strands,
 * closure dates, outcomes (CPS, reason for closing), final and endorsed risk; and whether cases this panel
 * reviewed at an earlier meeting are left out. Empty sets mean "any". Recorded with the draw.
 */
public record SampleFilter(Set<Long> areaIds, Set<Strand> strands, LocalDate closedFrom, LocalDate closedTo,
        Set<CpsOutcome> cpsOutcomes, Set<ClosureReason> closureReasons, Set<RiskLevel> finalRisks,
        Set<RiskLevel> endorsedRisks, boolean excludeReviewed) {

    public SampleFilter {
        areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
        strands = strands == null ? Set.of() : Set.copyOf(strands);
        cpsOutcomes = cpsOutcomes == null ? Set.of() : Set.copyOf(cpsOutcomes);
        closureReasons = closureReasons == null ? Set.of() : Set.copyOf(closureReasons);
        finalRisks = finalRisks == null ? Set.of() : Set.copyOf(finalRisks);
        endorsedRisks = endorsedRisks == null ? Set.of() : Set.copyOf(endorsedRisks);
    }

    /** Everything closed in the panel's areas, cases already reviewed left out. */
    public static SampleFilter any() {
        return new SampleFilter(Set.of(), Set.of(), null, null, Set.of(), Set.of(), Set.of(), Set.of(), true);
    }

    SampleFilter inAreas(Set<Long> areas) {
        return new SampleFilter(areas, strands, closedFrom, closedTo, cpsOutcomes, closureReasons, finalRisks,
                endorsedRisks, excludeReviewed);
    }

    ClosedCaseFilter forCases() {
        return new ClosedCaseFilter(areaIds, strands, closedFrom, closedTo, cpsOutcomes, closureReasons, finalRisks,
                endorsedRisks);
    }
}
