package org.marac.portal.nomination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.marac.portal.nomination.internal.CaseRepository;
import org.marac.portal.partner.DemoIdentity;
import org.marac.portal.partner.DemoSignIn;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.person.Disclosure;
import org.marac.portal.person.EqualityAnswer;
import org.marac.portal.person.Person;
import org.marac.portal.person.SafeToUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cases along every path, made through the services as the demo members themselves, so the demo
 * obeys the same rules as real use: endorsed high, professional judgement, escalation, repeat, declined,
 * a possible match, accepted, and a draft. Runs once, on an empty case register.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class NominationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NominationDemoData.class);

    private final NominationService nominations;
    private final RiskAssessmentService risk;
    private final CaseRepository cases;
    private final org.marac.portal.partner.MemberService members;
    private final MaracAreaService areas;
    private final Clock clock;
    private final String issuer;
    private final Map<String, Member> byUsername = new HashMap<>();

    NominationDemoData(NominationService nominations, RiskAssessmentService risk, CaseRepository cases,
            org.marac.portal.partner.MemberService members, MaracAreaService areas, Clock clock,
            @Value("${portal.demo-data.issuer:${portal.dev-idp.issuer}}") String issuer) {
        this.nominations = nominations;
        this.risk = risk;
        this.cases = cases;
        this.members = members;
        this.areas = areas;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        for (DemoIdentity identity : DemoIdentity.all()) {
            members.findByIdentity(issuer, identity.username()).ifPresent(m -> byUsername.put(identity.username(), m));
        }
        if (!byUsername.containsKey("housing") || !byUsername.containsKey("chair")) {
            return;
        }
        try {
            MaracCase high = nominate("housing", "Aisha", "Rahman", "NG7 2AB", LocalDate.of(1988, 3, 14), 1, false);
            assess("housing", high, RiskLevel.HIGH);
            endorse("housing-sup", high, RiskLevel.HIGH, null);
            submit("housing", high);

            MaracCase judgement = nominate("police", "Daniel", "Osei", "NG3 1CD", LocalDate.of(1995, 7, 2), 1, true);
            assess("police", judgement, RiskLevel.MEDIUM);
            submit("police", judgement);

            MaracCase escalation = nominate("asb", "Grace", "Mbeki", "NG5 4EF", LocalDate.of(1979, 11, 30), 3, false);
            submit("asb", escalation);

            MaracCase earlier = nominate("housing", "Tomasz", "Nowak", "NG9 3GH", LocalDate.of(1990, 5, 5), 1, false);
            assess("housing", earlier, RiskLevel.HIGH);
            endorse("housing-sup", earlier, RiskLevel.HIGH, null);
            earlier = submit("housing", earlier);
            decide("chair", earlier, true, null);
            closeForDemo(earlier, Duration.ofDays(120));
            MaracCase repeat = nominate("housing", "Tomasz", "Nowak", "NG9 3GH", LocalDate.of(1990, 5, 5), 1, false);
            repeat = submit("housing", repeat);
            confirmVictimMatch("chair", repeat);

            MaracCase declined = nominate("yos", "Leon", "Price", "NG2 7JK", LocalDate.of(2009, 1, 20), 1, false);
            assess("yos", declined, RiskLevel.STANDARD);
            declined = submit("yos", declined);
            decide("chair", declined, false, "Standard risk and managed well by the youth offending service; "
                    + "refer again if incidents continue.");

            MaracCase first = nominate("police", "Mohammed", "Ali", "NG1 5AB", LocalDate.of(1984, 9, 9), 1, false);
            assess("police", first, RiskLevel.HIGH);
            endorse("police-lead", first, RiskLevel.HIGH, null);
            first = submit("police", first);
            decide("chair", first, true, null);
            MaracCase possibleMatch = nominate("victim-support", "Muhammad", "Ali", "NG1 5AB", LocalDate.of(1984, 9, 9), 1, true);
            submit("victim-support", possibleMatch);

            nominate("housing", "Priti", "Sharma", "NG8 1LM", null, 1, false);
            log.info("Demo data: {} cases", cases.count());
        } finally {
            DemoSignIn.clear();
        }
    }

    private MaracCase nominate(String username, String given, String family, String postcode, LocalDate born,
            int incidents, boolean professionalJudgement) {
        return as(username, () -> {
            MaracCase draft = nominations.newDraft();
            draft.setArea(areas.areasWithMemberAgency(draft.getNominatingAgency().getId()).stream()
                    .filter(area -> area.getChair() != null && area.getChair().equals(byUsername.get("chair")))
                    .findFirst().orElseThrow());
            Person victim = draft.victim().orElseThrow().getPerson();
            victim.setGivenName(given);
            victim.setFamilyName(family);
            victim.setPostcode(postcode);
            victim.setDateOfBirth(born);
            victim.setAddress("12 Example Street, Nottingham");
            victim.setFirstLanguage(given.equals("Tomasz") ? "Polish" : "English");
            victim.setInterpreterNeeded(given.equals("Tomasz"));
            victim.setLetterSafe(given.equals("Aisha") ? SafeToUse.NO : SafeToUse.YES);
            victim.setPhoneSafe(SafeToUse.YES);
            victim.setSafeContactHours("Weekdays 10:00 to 16:00");
            victim.setEthnicity(new EqualityAnswer(Disclosure.DECLINED, null));
            for (int i = 0; i < incidents; i++) {
                Incident incident = new Incident();
                incident.setOccurredAt(clock.instant().minus(Duration.ofDays(20L + 40L * i)));
                incident.setPlace("Outside the victim's home");
                incident.setWard("Radford");
                incident.setDescription("Verbal abuse and threats from a neighbour; bin set alight.");
                incident.setStrands(EnumSet.of(given.equals("Mohammed") || given.equals("Muhammad") ? Strand.RELIGION : Strand.RACE));
                if (incident.getStrands().contains(Strand.RELIGION)) {
                    incident.setReligion("Islam");
                }
                incident.setVictimWords("Because of where I am from.");
                draft.addIncident(incident);
            }
            Person perpetrator = new Person("Gary", "Holt");
            perpetrator.setPostcode(postcode);
            draft.addParty(PartyRole.PERPETRATOR, perpetrator);
            draft.setReason("Repeated targeted abuse at home; the victim is frightened to go out.");
            draft.setActionsSoFar("Home visit, target hardening, warning letter to the perpetrator.");
            draft.setVictimAware(true);
            draft.setVictimConsented(true);
            draft.setVictimSupportChoice(VictimSupportChoice.ACCEPTED);
            draft.setProfessionalJudgement(professionalJudgement);
            if (professionalJudgement) {
                draft.setProfessionalJudgementReason("Threats are escalating and the victim has young children.");
            }
            return nominations.saveDraft(draft);
        });
    }

    private void assess(String username, MaracCase maracCase, RiskLevel level) {
        as(username, () -> {
            RiskAssessment assessment = risk.draftFor(maracCase.getId());
            Map<Long, RiskAnswer> answers = new HashMap<>();
            assessment.getQuestionSet().getQuestions().forEach(q -> answers.put(q.getId(),
                    new RiskAnswer(q.getNumber() % 3 == 0 ? Answer.YES : Answer.NO, null)));
            assessment.setAnswers(answers);
            assessment.setCurrentHarm(Rating.HIGH);
            assessment.setRepeatVictimisation(Rating.HIGH);
            assessment.setCommunityCohesion(Rating.MEDIUM);
            assessment.setAgencyConfidence(Rating.LOW);
            assessment.setAssessorLevel(level);
            assessment.setRationale("Repeat targeting at home with escalating threats.");
            assessment.setPlan(List.of(new PlanItem("Install a video doorbell", "Housing", LocalDate.now(clock).plusDays(14))));
            return risk.submitForEndorsement(assessment);
        });
    }

    private void endorse(String username, MaracCase maracCase, RiskLevel level, String reason) {
        as(username, () -> {
            RiskAssessment waiting = risk.awaitingEndorsement().stream()
                    .filter(a -> a.getMaracCase().getId().equals(maracCase.getId())).findFirst().orElseThrow();
            return risk.endorse(waiting.getId(), waiting.getVersion(), level, reason);
        });
    }

    private MaracCase submit(String username, MaracCase draft) {
        return as(username, () -> nominations.submit(nominations.find(draft.getId())));
    }

    private void decide(String username, MaracCase submitted, boolean accept, String reason) {
        as(username, () -> {
            MaracCase current = nominations.find(submitted.getId());
            return accept ? nominations.accept(current.getId(), current.getVersion())
                    : nominations.decline(current.getId(), current.getVersion(), reason);
        });
    }

    /** The chair confirms that the victim is the same person as in an earlier case, which makes it a repeat. */
    private void confirmVictimMatch(String username, MaracCase maracCase) {
        as(username, () -> {
            Long victimId = nominations.find(maracCase.getId()).victim().orElseThrow().getPerson().getId();
            nominations.matchSuggestions(maracCase.getId()).stream()
                    .filter(suggestion -> suggestion.getPerson().getId().equals(victimId))
                    .forEach(suggestion -> nominations.decideMatch(suggestion.getId(), true));
            return null;
        });
    }

    /** The repeat path needs a case closed months ago, which the chair's closing (always "now") cannot make. */
    private void closeForDemo(MaracCase maracCase, Duration ago) {
        MaracCase stored = cases.findById(maracCase.getId()).orElseThrow();
        stored.close(clock.instant().minus(ago), ClosureReason.RISK_REDUCED, RiskLevel.MEDIUM, CpsOutcome.NOT_SENT_TO_CPS, null);
        cases.save(stored);
    }

    private <T> T as(String username, Supplier<T> work) {
        return DemoSignIn.as(byUsername.get(username), work);
    }
}
