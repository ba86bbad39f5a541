package org.marac.portal.scrutiny.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.action.CaseAction;
import org.marac.portal.nomination.Answer;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.PlanItem;
import org.marac.portal.nomination.Rating;
import org.marac.portal.nomination.RiskAnswer;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.nomination.VictimSupportChoice;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.DemoIdentity;
import org.marac.portal.partner.DemoSignIn;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.person.AccessibleFormat;
import org.marac.portal.person.Person;
import org.marac.portal.scrutiny.CaseReviewService;
import org.marac.portal.scrutiny.CriterionRating;
import org.marac.portal.scrutiny.PanelService;
import org.marac.portal.scrutiny.RatedCriterion;
import org.marac.portal.scrutiny.Recommendation;
import org.marac.portal.scrutiny.RecommendationService;
import org.marac.portal.scrutiny.ResponseDecision;
import org.marac.portal.scrutiny.ReviewCase;
import org.marac.portal.scrutiny.ReviewCriterion;
import org.marac.portal.scrutiny.ReviewMeeting;
import org.marac.portal.scrutiny.ReviewMeetingService;
import org.marac.portal.scrutiny.SampleFilter;
import org.marac.portal.scrutiny.ScrutinyPanel;
import org.marac.portal.scrutiny.SummaryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Northshire Scrutiny Panel, made through the services as the demo members: five cases nominated,
 * assessed, accepted, actioned and closed by the area chair; a concluded meeting on disability hate crime
 * (reviews, findings, recommendations, one answered); and an open meeting on cases not sent to the CPS whose
 * drawn cases the area chair has partly released, so that `scrutiny` can accept the agreement and review a
 * case at once, and `chair` has a summary to write. Runs once, when the panel does not exist.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class ScrutinyDemoData implements ApplicationRunner {

    static final String PANEL = "Northshire Scrutiny Panel";
    private static final Logger log = LoggerFactory.getLogger(ScrutinyDemoData.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** What a demo case is, so that its summary can say it without identifying anyone. */
    private record Story(String nominator, String given, String family, String postcode, LocalDate born, Strand strand,
            String perpetrator, boolean endorsedHigh, ClosureReason reason, RiskLevel finalRisk, CpsOutcome cps,
            String summary) {
    }

    private final PanelRepository panels;
    private final PanelService panelService;
    private final ReviewMeetingService meetings;
    private final SummaryService summaries;
    private final CaseReviewService reviews;
    private final RecommendationService recommendations;
    private final NominationService nominations;
    private final RiskAssessmentService risk;
    private final CaseClosureService closure;
    private final ActionService actions;
    private final MaracAreaService areas;
    private final AgencyService agencies;
    private final MemberService members;
    private final MessageSource messages;
    private final Clock clock;
    private final String issuer;
    private final Map<String, Member> byUsername = new HashMap<>();
    private final Map<Long, String> summaryByCase = new HashMap<>();

    ScrutinyDemoData(PanelRepository panels, PanelService panelService, ReviewMeetingService meetings,
            SummaryService summaries, CaseReviewService reviews, RecommendationService recommendations,
            NominationService nominations, RiskAssessmentService risk, CaseClosureService closure, ActionService actions,
            MaracAreaService areas, AgencyService agencies, MemberService members, MessageSource messages, Clock clock,
            @Value("${portal.demo-data.issuer:${portal.dev-idp.issuer}}") String issuer) {
        this.panels = panels;
        this.panelService = panelService;
        this.meetings = meetings;
        this.summaries = summaries;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.nominations = nominations;
        this.risk = risk;
        this.closure = closure;
        this.actions = actions;
        this.areas = areas;
        this.agencies = agencies;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (panels.findByNameIgnoreCase(PANEL).isPresent()) {
            return;
        }
        for (DemoIdentity identity : DemoIdentity.all()) {
            members.findByIdentity(issuer, identity.username()).ifPresent(m -> byUsername.put(identity.username(), m));
        }
        if (!byUsername.keySet().containsAll(List.of("admin", "chair", "scrutiny-chair", "scrutiny", "police",
                "police-lead", "housing", "housing-sup", "victim-support"))) {
            return;
        }
        try {
            closedCases();
            ScrutinyPanel panel = as("admin", this::panel);
            as("scrutiny-chair", () -> panelService.acceptAgreement(panel.getId(), panel.getAgreementVersion()));
            concludedMeeting(panel);
            openMeeting(panel);
            log.info("Demo data: scrutiny panel with two review meetings");
        } catch (RuntimeException failed) {
            // The rest of the demo stands without the panel; the reason is in the log.
            log.warn("Demo data: scrutiny panel not set up", failed);
        } finally {
            DemoSignIn.clear();
        }
    }

    private void closedCases() {
        List<Story> stories = List.of(
                new Story("police", "Ewa", "Kowalczyk", "NG7 4QS", LocalDate.of(1986, 2, 11), Strand.RACE, "Derek Vance",
                        true, ClosureReason.RISK_REDUCED, RiskLevel.MEDIUM, CpsOutcome.NOT_SENT_TO_CPS,
                        "The victim was abused in the street and at home over several weeks because of her nationality. "
                                + "The police nominated the case with an endorsed high risk. The housing provider moved the "
                                + "victim's door entry and fitted a camera within two weeks. The perpetrator was identified but "
                                + "the police took no further action for lack of evidence, and no file went to the CPS. The victim "
                                + "said she felt safer once the camera was fitted."),
                new Story("housing", "Ben", "Adair", "NG5 8PL", LocalDate.of(1971, 9, 30), Strand.DISABILITY, "Lee Sharratt",
                        true, ClosureReason.VICTIM_DECLINED_SUPPORT, RiskLevel.MEDIUM, CpsOutcome.NOT_SENT_TO_CPS,
                        "A man with a learning disability was repeatedly taunted and had money taken by young people on his "
                                + "estate. The housing provider assessed the risk as high. He was offered Victim Support but "
                                + "declined after the first visit; no easy-read information was offered. The thefts were "
                                + "recorded as anti-social behaviour and never reached the CPS."),
                new Story("victim-support", "Joan", "Pettigrew", "NG3 2HD", LocalDate.of(1948, 6, 17), Strand.DISABILITY, "Carl Brindle",
                        false, ClosureReason.RISK_REDUCED, RiskLevel.STANDARD, CpsOutcome.SENT_TO_CPS,
                        "An older wheelchair user was verbally abused and pushed by a neighbour. Victim Support nominated on "
                                + "professional judgement. The police charged the neighbour and the case went to the CPS; an "
                                + "intermediary helped the victim give evidence. Actions were completed on time."),
                new Story("police", "Kai", "Lindqvist", "NG9 6RT", LocalDate.of(1999, 12, 1), Strand.SEXUAL_ORIENTATION, "Troy Feld",
                        false, ClosureReason.RISK_REDUCED, RiskLevel.STANDARD, CpsOutcome.NOT_SENT_TO_CPS,
                        "A young gay man was threatened online and then outside his workplace. The police nominated on "
                                + "professional judgement. The online threats were not linked to the later incident, and no "
                                + "file went to the CPS. He was referred to specialist LGBT+ support, which he valued."),
                new Story("housing", "Samira", "Haddou", "NG2 5WE", LocalDate.of(1990, 4, 22), Strand.RELIGION, "Neil Crabtree",
                        false, ClosureReason.VICTIM_MOVED_AWAY, RiskLevel.MEDIUM, CpsOutcome.NOT_SENT_TO_CPS,
                        "A woman wearing a headscarf had her car damaged and religious abuse written on her door. The housing "
                                + "provider nominated the case and fitted a door camera; she then chose to move to another "
                                + "area. No suspect was found and nothing went to the CPS."));
        for (Story story : stories) {
            MaracCase closed = closedCase(story);
            summaryByCase.put(closed.getId(), story.summary());
        }
    }

    private MaracCase closedCase(Story story) {
        MaracCase draft = as(story.nominator(), () -> {
            MaracCase maracCase = nominations.newDraft();
            maracCase.setArea(areas.areasWithMemberAgency(maracCase.getNominatingAgency().getId()).stream()
                    .filter(area -> area.getChair() != null && area.getChair().equals(byUsername.get("chair")))
                    .findFirst().orElseThrow());
            Person victim = maracCase.victim().orElseThrow().getPerson();
            victim.setGivenName(story.given());
            victim.setFamilyName(story.family());
            victim.setPostcode(story.postcode());
            victim.setDateOfBirth(story.born());
            victim.setAddress("4 Demo Terrace, Nottingham");
            victim.setPhone("07700 900" + (100 + story.given().length()));
            victim.setInterpreterNeeded(story.strand() == Strand.RACE);
            if (story.strand() == Strand.DISABILITY) {
                victim.setAccessibleFormats(EnumSet.of(AccessibleFormat.EASY_READ));
            }
            for (int i = 0; i < 2; i++) {
                Incident incident = new Incident();
                incident.setOccurredAt(clock.instant().minus(Duration.ofDays(150L + 25L * i)));
                incident.setDescription("Abuse directed at " + story.given() + " " + story.family() + " by " + story.perpetrator()
                        + " near " + story.postcode() + ".");
                incident.setStrands(EnumSet.of(story.strand()));
                if (story.strand() == Strand.RELIGION) {
                    incident.setReligion("Islam");
                }
                incident.setCyberEnabled(story.strand() == Strand.SEXUAL_ORIENTATION && i == 1);
                incident.setVictimWords("They did it because of who I am.");
                maracCase.addIncident(incident);
            }
            String[] perpetrator = story.perpetrator().split(" ");
            maracCase.addParty(PartyRole.PERPETRATOR, new Person(perpetrator[0], perpetrator[1]));
            maracCase.setReason("Repeated targeting of " + story.given() + "; escalating.");
            maracCase.setActionsSoFar("Visits and safety advice.");
            maracCase.setVictimAware(true);
            maracCase.setVictimConsented(true);
            maracCase.setVictimSupportChoice(VictimSupportChoice.ACCEPTED);
            maracCase.setProfessionalJudgement(!story.endorsedHigh());
            if (!story.endorsedHigh()) {
                maracCase.setProfessionalJudgementReason("Escalating threats and the victim is isolated.");
            }
            return nominations.saveDraft(maracCase);
        });
        if (story.endorsedHigh()) {
            as(story.nominator(), () -> {
                RiskAssessment assessment = risk.draftFor(draft.getId());
                Map<Long, RiskAnswer> answers = new HashMap<>();
                assessment.getQuestionSet().getQuestions().forEach(q -> answers.put(q.getId(),
                        new RiskAnswer(q.getNumber() % 4 == 0 ? Answer.YES : Answer.NO, null)));
                assessment.setAnswers(answers);
                assessment.setCurrentHarm(Rating.HIGH);
                assessment.setRepeatVictimisation(Rating.HIGH);
                assessment.setCommunityCohesion(Rating.MEDIUM);
                assessment.setAgencyConfidence(Rating.LOW);
                assessment.setAssessorLevel(RiskLevel.HIGH);
                assessment.setRationale("Targeted repeatedly; the victim is frightened to go out.");
                assessment.setPlan(List.of(new PlanItem("Fit a door camera", "Housing", LocalDate.now(clock).plusDays(14))));
                return risk.submitForEndorsement(assessment);
            });
            String supervisor = story.nominator().equals("police") ? "police-lead" : "housing-sup";
            as(supervisor, () -> {
                RiskAssessment waiting = risk.awaitingEndorsement().stream()
                        .filter(a -> a.getMaracCase().getId().equals(draft.getId())).findFirst().orElseThrow();
                return risk.endorse(waiting.getId(), waiting.getVersion(), RiskLevel.HIGH, null);
            });
        }
        MaracCase submitted = as(story.nominator(), () -> nominations.submit(nominations.find(draft.getId())));
        return as("chair", () -> {
            MaracCase accepted = nominations.accept(submitted.getId(), nominations.find(submitted.getId()).getVersion());
            CaseAction action = CaseAction.blank();
            action.setDescription("Fit a door camera and review in two weeks");
            action.setOwnerAgency(byUsername.get("housing").getAgency());
            action.setDueDate(LocalDate.now(clock.withZone(UK)).plusDays(14));
            CaseAction set = actions.create(accepted.getId(), null, action);
            actions.update(set.getId(), set.getVersion(), ActionStatus.DONE, null, "Fitted");
            MaracCase current = nominations.find(accepted.getId());
            return closure.close(current.getId(), current.getVersion(), new CaseClosureService.Closure(story.reason(),
                    story.finalRisk(), story.cps(), story.reason() == ClosureReason.OTHER ? "Closed" : null));
        });
    }

    private ScrutinyPanel panel() {
        ScrutinyPanel panel = new ScrutinyPanel(PANEL);
        panel.setAreas(new LinkedHashSet<>(areas.findAll()));
        panel.setChair(byUsername.get("scrutiny-chair"));
        panel.setMembers(new LinkedHashSet<>(List.of(byUsername.get("scrutiny-chair"), byUsername.get("scrutiny"))));
        panel.setTermsOfReference(text("scrutiny.panel.defaultTerms"));
        panel.setAgreementText(text("scrutiny.panel.defaultAgreement"));
        return panelService.save(panel);
    }

    /** Two months ago, on disability hate crime: reviewed, agreed, with two recommendations, one answered. */
    private void concludedMeeting(ScrutinyPanel panel) {
        ReviewMeeting meeting = asChair(() -> {
            ReviewMeeting planned = ReviewMeeting.blank();
            planned.setMeetingDate(LocalDate.now(clock.withZone(UK)).minusDays(45));
            planned.setTheme("Disability hate crime");
            planned = meetings.plan(panel.getId(), planned);
            return meetings.draw(planned.getId(), planned.getVersion(), new SampleFilter(Set.of(), Set.of(Strand.DISABILITY),
                    null, null, Set.of(), Set.of(), Set.of(), Set.of(), true), 2, "northshire-disability-review");
        });
        releaseAll(meeting, Integer.MAX_VALUE);
        asChair(() -> {
            List<ReviewCriterion> criteria = meetings.find(meeting.getId()).getCriteria();
            for (var selected : meetings.selection(meeting.getId())) {
                ReviewCase reviewCase = selected.reviewCase();
                Map<Long, RatedCriterion> ratings = new HashMap<>();
                Map<Long, CriterionRating> agreed = new HashMap<>();
                int i = 0;
                for (ReviewCriterion criterion : criteria) {
                    CriterionRating rating = CriterionRating.values()[(i++ + reviewCase.getLabelNumber()) % 3];
                    ratings.put(criterion.getId(), new RatedCriterion(rating, null));
                    agreed.put(criterion.getId(), rating);
                }
                reviews.saveReview(reviewCase.getId(), null, ratings, "Good partnership working; communication needs were "
                        + "not always met.", true);
                reviews.agreeFinding(reviewCase.getId(), reviewCase.getVersion(), agreed,
                        "Agencies acted quickly, but accessible formats were not offered and the victim's own account was "
                                + "recorded only briefly.");
            }
            Recommendation toPolice = Recommendation.blank();
            toPolice.setAgency(agencies.findActive().stream().filter(a -> a.getName().equals("Northshire Police")).findFirst().orElseThrow());
            toPolice.setText("Record disability hate crimes with the victim's own account of the hostility, and offer "
                    + "easy-read information at the first contact.");
            toPolice.setDueDate(LocalDate.now(clock.withZone(UK)).plusDays(30));
            recommendations.create(meeting.getId(), toPolice);
            Recommendation toSupport = Recommendation.blank();
            toSupport.setAgency(byUsername.get("victim-support").getAgency());
            toSupport.setText("Follow up within a month with victims who decline support at the first visit.");
            toSupport.setDueDate(LocalDate.now(clock.withZone(UK)).plusDays(60));
            return recommendations.create(meeting.getId(), toSupport);
        });
        as("victim-support", () -> recommendations.forMyAgency().stream().findFirst().map(r -> recommendations.respond(
                r.getId(), r.getVersion(), ResponseDecision.ACCEPTED,
                "Caseworkers now call again four weeks after a declined first visit; monitored monthly.")).orElseThrow());
        asChair(() -> meetings.conclude(meeting.getId(), meetings.find(meeting.getId()).getVersion()));
    }

    /** In two weeks, on cases not sent to the CPS: drawn; all but one case released for review. */
    private void openMeeting(ScrutinyPanel panel) {
        ReviewMeeting meeting = asChair(() -> {
            ReviewMeeting planned = ReviewMeeting.blank();
            planned.setMeetingDate(LocalDate.now(clock.withZone(UK)).plusDays(14));
            planned.setTheme("Cases not sent to the CPS");
            planned = meetings.plan(panel.getId(), planned);
            return meetings.draw(planned.getId(), planned.getVersion(), new SampleFilter(Set.of(), Set.of(), null, null,
                    Set.of(CpsOutcome.NOT_SENT_TO_CPS), Set.of(), Set.of(), Set.of(), true), 3, null);
        });
        releaseAll(meeting, 2);
    }

    /** The area chair releases a written summary for up to {@code count} of the meeting's cases, in label order. */
    private void releaseAll(ReviewMeeting meeting, int count) {
        as("chair", () -> {
            summaries.tasks().stream().filter(task -> task.reviewCase().getMeeting().getId().equals(meeting.getId()))
                    .sorted(java.util.Comparator.comparingInt(task -> task.reviewCase().getLabelNumber()))
                    .limit(count)
                    .forEach(task -> summaries.release(task.reviewCase().getId(), task.reviewCase().getVersion(),
                            summaryByCase.getOrDefault(task.reviewCase().getCaseId(),
                                    "The victim suffered repeated targeted abuse at home. The agencies assessed the risk, "
                                            + "agreed actions and closed the case once the risk had reduced; no file went "
                                            + "to the CPS.")));
            return null;
        });
    }

    private <T> T asChair(Supplier<T> work) {
        return as("scrutiny-chair", work);
    }

    private <T> T as(String username, Supplier<T> work) {
        return DemoSignIn.as(byUsername.get(username), work);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
