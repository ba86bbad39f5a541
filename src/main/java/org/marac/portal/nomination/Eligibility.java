package org.marac.portal.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether a case may go to MARAC, and why, in words. Any one route is enough: an endorsed HIGH risk; the
 * nominator's professional judgement (with a reason); escalation (enough incidents against the victim in
 * the area's window); or repeat (the victim was on a MARAC case closed less than 12 months ago).
 */
public record Eligibility(List<EligibilityRoute> routes, List<Reason> reasons) {

    public static final int REPEAT_WINDOW_MONTHS = 12;

    /** One sentence of the explanation: a message-bundle key and its arguments. */
    public record Reason(String key, Object... arguments) {
    }

    /** The earlier MARAC case that makes this one a repeat. */
    public record EarlierCase(Long caseId, String reference, Instant closedAt) {
    }

    /** What the rules look at. */
    public record Facts(RiskLevel endorsedRisk, boolean professionalJudgement, String professionalJudgementReason,
            Collection<Instant> incidentsAgainstVictim, int escalationIncidents, int escalationWindowMonths,
            Collection<EarlierCase> earlierCases, Instant now) {
    }

    public boolean isEligible() {
        return !routes.isEmpty();
    }

    public EligibilityRoute primaryRoute() {
        return routes.isEmpty() ? null : routes.getFirst();
    }

    public static Eligibility assess(Facts facts) {
        List<EligibilityRoute> routes = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        if (facts.endorsedRisk() == RiskLevel.HIGH) {
            routes.add(EligibilityRoute.ENDORSED_HIGH);
            reasons.add(new Reason("eligibility.endorsedHigh"));
        } else if (facts.endorsedRisk() == null) {
            reasons.add(new Reason("eligibility.notEndorsed"));
        } else {
            reasons.add(new Reason("eligibility.endorsedBelowHigh." + facts.endorsedRisk().name()));
        }
        if (facts.professionalJudgement() && facts.professionalJudgementReason() != null
                && !facts.professionalJudgementReason().isBlank()) {
            routes.add(EligibilityRoute.PROFESSIONAL_JUDGEMENT);
            reasons.add(new Reason("eligibility.professionalJudgement", facts.professionalJudgementReason()));
        }
        long recent = incidentsWithin(facts.incidentsAgainstVictim(), facts.escalationWindowMonths(), facts.now());
        if (recent >= facts.escalationIncidents()) {
            routes.add(EligibilityRoute.ESCALATION);
            reasons.add(new Reason("eligibility.escalation", recent, facts.escalationWindowMonths(), facts.escalationIncidents()));
        } else {
            reasons.add(new Reason("eligibility.noEscalation", recent, facts.escalationWindowMonths(), facts.escalationIncidents()));
        }
        repeatOf(facts.earlierCases(), facts.now()).ifPresent(earlier -> {
            routes.add(EligibilityRoute.REPEAT);
            reasons.add(new Reason("eligibility.repeat", earlier.reference()));
        });
        return new Eligibility(List.copyOf(routes), List.copyOf(reasons));
    }

    /** Incidents on or after the same day {@code months} ago count: exactly 12 months ago is "in the last 12 months". */
    static long incidentsWithin(Collection<Instant> incidents, int months, Instant now) {
        LocalDate from = now.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(months);
        return incidents.stream()
                .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate())
                .filter(day -> !day.isBefore(from) && !day.isAfter(now.atZone(ZoneOffset.UTC).toLocalDate()))
                .count();
    }

    /** Closed less than 12 months ago: a case closed exactly 12 months ago is no longer a repeat. */
    public static java.util.Optional<EarlierCase> repeatOf(Collection<EarlierCase> earlierCases, Instant now) {
        LocalDate cutOff = now.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(REPEAT_WINDOW_MONTHS);
        return earlierCases.stream()
                .filter(earlier -> earlier.closedAt() != null
                        && earlier.closedAt().atZone(ZoneOffset.UTC).toLocalDate().isAfter(cutOff))
                .max(java.util.Comparator.comparing(EarlierCase::closedAt));
    }
}
