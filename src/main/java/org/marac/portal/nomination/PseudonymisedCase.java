package org.marac.portal.nomination;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.person.AccessibleFormat;
import org.marac.portal.person.AgeBand;
import org.marac.portal.person.Disclosure;
import org.marac.portal.person.SafeToUse;

/**
 * A closed case as a scrutiny panel sees it: facts without identity. No names, aliases, addresses,
 * postcodes, dates of birth (an age band instead), phone numbers, emails or references; people are roles
 * ("the victim", "perpetrator 1"); dates are days counted from the nomination (day 0), or month and year.
 * No free text at all: what the case's words say reaches the panel only as a redacted summary.
 */
public record PseudonymisedCase(
        String area,
        String nominatingAgency,
        YearMonth nominatedIn,
        YearMonth closedIn,
        Integer decidedOnDay,
        Integer closedOnDay,
        EligibilityRoute eligibilityRoute,
        boolean repeatCase,
        boolean professionalJudgement,
        RiskLevel endorsedRisk,
        RiskLevel finalRisk,
        ClosureReason closureReason,
        CpsOutcome cpsOutcome,
        Boolean victimAware,
        Boolean victimConsented,
        LawfulBasis lawfulBasis,
        ReferralModel referralModel,
        VictimSupportChoice victimSupportChoice,
        boolean childrenInHousehold,
        List<Party> people,
        List<IncidentFacts> incidents,
        List<AssessmentFacts> assessments,
        List<Step> timeline,
        int agenciesSharingInformation) {

    /** A person by role (numbered within the role, except the victim) and what matters for communicating with them. */
    public record Party(PartyRole role, int number, AgeBand ageBand, boolean interpreterNeeded,
            Set<AccessibleFormat> accessibleFormats, SafeToUse letterSafe, SafeToUse phoneSafe,
            boolean pronounsRecorded, boolean safeContactRecorded, EqualityMonitoring equalityMonitoring) {
    }

    /** Whether each equality question was asked and answered, never the answer. */
    public record EqualityMonitoring(Disclosure genderIdentity, Disclosure ethnicity, Disclosure religion,
            Disclosure sexualOrientation, Disclosure disability) {
    }

    public record IncidentFacts(int number, int onDay, IncidentKind kind, Set<Strand> strands,
            List<String> localStrands, boolean cyberEnabled, PerceivedBy perceivedBy, ReportingRoute reportingRoute,
            boolean victimWordsRecorded, boolean crimeReferenceRecorded) {
    }

    public record AssessmentFacts(int number, AssessmentStatus status, Integer sentOnDay, Integer endorsedOnDay,
            RiskLevel assessorLevel, RiskLevel endorsedLevel, Rating currentHarm, Rating repeatVictimisation,
            Rating communityCohesion, Rating agencyConfidence, int answeredYes, int answeredNo,
            int answeredDontKnow, int questions, int planMeasures, boolean rationaleRecorded) {
    }

    /** A step of the case's life, on a day counted from the nomination. */
    public record Step(CaseStatus status, int onDay) {
    }

    /** The strands across every incident, for profiling a sample. */
    public Set<Strand> strands() {
        Set<Strand> all = java.util.EnumSet.noneOf(Strand.class);
        incidents.forEach(incident -> all.addAll(incident.strands()));
        return all;
    }
}
