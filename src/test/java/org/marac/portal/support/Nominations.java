package org.marac.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marac.portal.nomination.Answer;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PlanItem;
import org.marac.portal.nomination.Rating;
import org.marac.portal.nomination.RiskAnswer;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.nomination.VictimSupportChoice;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.person.Person;
import org.springframework.stereotype.Component;

/** Builds complete nominations and risk assessments for tests, as the signed-in practitioner. */
@Component
public class Nominations {

    private final NominationService nominations;
    private final RiskAssessmentService risk;
    private final MaracAreaService areas;
    private final Clock clock;
    private final SignIn signIn;
    private final DemoMembers demo;

    Nominations(NominationService nominations, RiskAssessmentService risk, MaracAreaService areas, Clock clock,
            SignIn signIn, DemoMembers demo) {
        this.nominations = nominations;
        this.risk = risk;
        this.areas = areas;
        this.clock = clock;
        this.signIn = signIn;
        this.demo = demo;
    }

    /**
     * A case the demo practitioner {@code nominator} submitted on professional judgement in Northshire North
     * and the area's chair accepted. Leaves the chair signed in.
     */
    public MaracCase acceptedCase(String nominator, String given, String family) {
        signIn.as(demo.get(nominator));
        MaracCase draft = completeDraft(given, family, LocalDate.of(1979, 3, 3), "NG8 2AA", 1);
        draft.setProfessionalJudgement(true);
        draft.setProfessionalJudgementReason("Threats are escalating quickly");
        MaracCase submitted = nominations.submit(draft);
        signIn.as(demo.get("chair"));
        return nominations.accept(submitted.getId(), nominations.find(submitted.getId()).getVersion());
    }

    /** A draft with everything a submission needs, in the area "Northshire North". */
    public MaracCase completeDraft(String given, String family, LocalDate born, String postcode, int incidents) {
        MaracCase draft = nominations.newDraft();
        draft.setArea(areas.areasWithMemberAgency(PortalUser.require().getAgencyId()).stream()
                .filter(area -> area.getName().equals("Northshire North")).findFirst().orElseThrow());
        Person victim = draft.victim().orElseThrow().getPerson();
        victim.setGivenName(given);
        victim.setFamilyName(family);
        victim.setDateOfBirth(born);
        victim.setPostcode(postcode);
        for (int i = 0; i < incidents; i++) {
            Incident incident = new Incident();
            incident.setOccurredAt(clock.instant().minus(Duration.ofDays(10L + 30L * i)));
            incident.setDescription("Abuse shouted in the street");
            incident.setStrands(EnumSet.of(Strand.DISABILITY));
            draft.addIncident(incident);
        }
        draft.setReason("Escalating abuse");
        draft.setActionsSoFar("Visited and advised");
        draft.setVictimAware(true);
        draft.setVictimConsented(true);
        draft.setVictimSupportChoice(VictimSupportChoice.ACCEPTED);
        return draft;
    }

    /** Completes and sends the latest draft assessment for endorsement at the given level. */
    public RiskAssessment assessAndSend(Long caseId, RiskLevel level) {
        RiskAssessment assessment = risk.draftFor(caseId);
        Map<Long, RiskAnswer> answers = new HashMap<>();
        assessment.getQuestionSet().getQuestions().forEach(q -> answers.put(q.getId(), new RiskAnswer(Answer.NO, null)));
        assessment.setAnswers(answers);
        assessment.setCurrentHarm(Rating.HIGH);
        assessment.setRepeatVictimisation(Rating.HIGH);
        assessment.setCommunityCohesion(Rating.LOW);
        assessment.setAgencyConfidence(Rating.MEDIUM);
        assessment.setAssessorLevel(level);
        assessment.setRationale("Repeated targeting");
        assessment.setPlan(List.of(new PlanItem("Fit a door alarm", "Housing", LocalDate.now(clock).plusDays(7))));
        return risk.submitForEndorsement(assessment);
    }
}
