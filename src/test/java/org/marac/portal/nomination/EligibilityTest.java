package org.marac.portal.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.Eligibility.EarlierCase;
import org.marac.portal.nomination.Eligibility.Facts;

class EligibilityTest {

    private static final Instant NOW = day(2026, 11, 24);

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static Facts facts(RiskLevel risk, boolean judgement, String reason, List<Instant> incidents,
            int threshold, int months, List<EarlierCase> earlier) {
        return new Facts(risk, judgement, reason, incidents, threshold, months, earlier, NOW);
    }

    @Test
    void anEndorsedHighRiskIsEligible() {
        Eligibility eligibility = Eligibility.assess(facts(RiskLevel.HIGH, false, null, List.of(), 3, 12, List.of()));
        assertThat(eligibility.routes()).containsExactly(EligibilityRoute.ENDORSED_HIGH);
        assertThat(eligibility.reasons().getFirst().key()).isEqualTo("eligibility.endorsedHigh");
    }

    @Test
    void mediumRiskWithNothingElseIsNotEligibleAndSaysWhy() {
        Eligibility eligibility = Eligibility.assess(facts(RiskLevel.MEDIUM, false, null, List.of(day(2026, 10, 1)), 3, 12, List.of()));
        assertThat(eligibility.isEligible()).isFalse();
        assertThat(eligibility.reasons()).extracting(Eligibility.Reason::key)
                .containsExactly("eligibility.endorsedBelowHigh.MEDIUM", "eligibility.noEscalation");
    }

    @Test
    void professionalJudgementNeedsAWrittenReason() {
        assertThat(Eligibility.assess(facts(RiskLevel.MEDIUM, true, "  ", List.of(), 3, 12, List.of())).isEligible()).isFalse();
        assertThat(Eligibility.assess(facts(RiskLevel.MEDIUM, true, "Threats escalating", List.of(), 3, 12, List.of())).routes())
                .containsExactly(EligibilityRoute.PROFESSIONAL_JUDGEMENT);
    }

    @Test
    void threeIncidentsInTwelveMonthsEscalateButTwoDoNot() {
        List<Instant> two = List.of(day(2026, 3, 1), day(2026, 9, 1));
        List<Instant> three = List.of(day(2026, 3, 1), day(2026, 9, 1), day(2026, 11, 20));
        assertThat(Eligibility.assess(facts(null, false, null, two, 3, 12, List.of())).isEligible()).isFalse();
        assertThat(Eligibility.assess(facts(null, false, null, three, 3, 12, List.of())).routes())
                .containsExactly(EligibilityRoute.ESCALATION);
    }

    @Test
    void anIncidentExactlyTwelveMonthsAgoCountsAndOneADayEarlierDoesNot() {
        List<Instant> onTheEdge = List.of(day(2025, 11, 24), day(2026, 5, 1), day(2026, 11, 1));
        List<Instant> justOutside = List.of(day(2025, 11, 23), day(2026, 5, 1), day(2026, 11, 1));
        assertThat(Eligibility.assess(facts(null, false, null, onTheEdge, 3, 12, List.of())).routes())
                .contains(EligibilityRoute.ESCALATION);
        assertThat(Eligibility.assess(facts(null, false, null, justOutside, 3, 12, List.of())).routes())
                .doesNotContain(EligibilityRoute.ESCALATION);
    }

    @Test
    void theAreaSettingsChangeTheEscalationRule() {
        List<Instant> two = List.of(day(2026, 3, 1), day(2026, 9, 1));
        assertThat(Eligibility.assess(facts(null, false, null, two, 2, 12, List.of())).routes())
                .containsExactly(EligibilityRoute.ESCALATION);
        assertThat(Eligibility.assess(facts(null, false, null, two, 2, 6, List.of())).routes()).isEmpty();
    }

    @Test
    void aCaseClosedLessThanTwelveMonthsAgoMakesARepeatButExactlyTwelveMonthsDoesNot() {
        EarlierCase recent = new EarlierCase(1L, "HC-2026-0003", day(2025, 11, 25));
        EarlierCase exactlyAYear = new EarlierCase(2L, "HC-2025-0010", day(2025, 11, 24));
        assertThat(Eligibility.assess(facts(null, false, null, List.of(), 3, 12, List.of(recent))).routes())
                .containsExactly(EligibilityRoute.REPEAT);
        assertThat(Eligibility.assess(facts(null, false, null, List.of(), 3, 12, List.of(exactlyAYear))).routes())
                .isEmpty();
        assertThat(Eligibility.assess(facts(null, false, null, List.of(), 3, 12, List.of(recent))).reasons())
                .anySatisfy(reason -> assertThat(reason.arguments()).containsExactly("HC-2026-0003"));
    }

    @Test
    void anOpenEarlierCaseIsNotARepeat() {
        EarlierCase open = new EarlierCase(1L, "HC-2026-0001", null);
        assertThat(Eligibility.assess(facts(null, false, null, List.of(), 3, 12, List.of(open))).isEligible()).isFalse();
    }

    @Test
    void everyRouteThatAppliesIsListed() {
        Eligibility eligibility = Eligibility.assess(facts(RiskLevel.HIGH, true, "Children at risk",
                List.of(day(2026, 1, 1), day(2026, 2, 1), day(2026, 3, 1)), 3, 12,
                List.of(new EarlierCase(1L, "HC-2026-0001", day(2026, 6, 1)))));
        assertThat(eligibility.routes()).containsExactly(EligibilityRoute.ENDORSED_HIGH,
                EligibilityRoute.PROFESSIONAL_JUDGEMENT, EligibilityRoute.ESCALATION, EligibilityRoute.REPEAT);
        assertThat(eligibility.primaryRoute()).isEqualTo(EligibilityRoute.ENDORSED_HIGH);
    }
}
