package org.marac.portal.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.nomination.Rating;
import org.marac.portal.nomination.RiskAnswer;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.person.AgeBand;
import org.marac.portal.person.Disclosure;
import org.marac.portal.person.EqualityAnswer;
import org.marac.portal.person.Person;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: for any closed case, however its people are named and whatever its free text says, nothing that
 * identifies them (name or any part of it, alias, postcode, address, date of birth, phone, email, crime
 * reference, the case reference) appears anywhere in what the scrutiny panel is given (the view model of
 * each case, as JSON) or in the published report (its PDF text); and a summary that contains any of them,
 * written in any of the ways people write them, is never released. Cases are generated from a random seed
 * that every failure names; {@code -Dscrutiny.property.seed=...} replays one.
 */
@PortalTest
class PseudonymisationPropertyTest {

    private static final int CASES = 6;
    private static final String[] SYLLABLES = {"zor", "vek", "quil", "mox", "tiv", "dra", "xer", "yam", "bru", "kesh",
            "lorn", "phaz", "gwid", "trel", "obi", "azu", "nim", "roq", "sev", "ulk"};
    private static final String[] STREETS = {"Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Grove", "Way"};
    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)};
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired
    ScrutinyFixtures fixtures;
    @Autowired
    Nominations builder;
    @Autowired
    NominationService nominations;
    @Autowired
    RiskAssessmentService risk;
    @Autowired
    CaseClosureService closure;
    @Autowired
    ActionService actions;
    @Autowired
    SummaryService summaries;
    @Autowired
    CaseReviewService reviews;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ReviewReportService reports;
    @Autowired
    PseudonymisedCaseService pseudonymised;
    @Autowired
    AgencyService agencies;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;

    /** Everything that identifies the people of one generated case. */
    private record Identity(String given, String family, List<String> aliases, String perpetratorGiven,
            String perpetratorFamily, List<String> postcodes, List<String> streets, LocalDate born, boolean bornRecorded,
            List<String> phones, List<String> emails, List<String> references) {

        List<String> names() {
            List<String> names = new ArrayList<>(List.of(given, family, given.substring(0, 3), perpetratorGiven,
                    perpetratorFamily, perpetratorFamily + "y"));
            names.addAll(aliases);
            return names;
        }

        String victim() {
            return given + " " + family;
        }

        String perpetrator() {
            return perpetratorGiven + " " + perpetratorFamily;
        }
    }

    /** Words of aliases such as "the Fox" that identify nobody. */
    private static final Set<String> NOT_NAMES = Set.of("the");

    private final long seed = Long.getLong("scrutiny.property.seed", new SecureRandom().nextLong());
    private final Random random = new Random(seed);

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void nothingIdentifyingReachesThePanelOrTheReportWhateverTheCasesSay() throws Exception {
        Member chair = fixtures.newMember("Property Chair", Role.SCRUTINY_CHAIR);
        Member member = fixtures.newMember("Property Member", Role.SCRUTINY_MEMBER);
        Map<Long, Identity> identities = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            Identity identity = newIdentity();
            MaracCase closed = generatedClosedCase(identity);
            identities.put(closed.getId(), withReference(identity, closed.getReference()));
        }
        ScrutinyPanel panel = fixtures.panel("Property panel", chair, member);
        fixtures.accept(panel, chair, member);
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.RACE, ClosureReason.VICTIM_DECLINED_SUPPORT,
                CpsOutcome.NOT_KNOWN, RiskLevel.MEDIUM), ReviewMeeting.MAX_SAMPLE, null);
        assertThat(meeting.getDrawnOrder()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(identities.keySet());

        List<Long> reviewCaseIds = new ArrayList<>();
        for (Long caseId : identities.keySet()) {
            ReviewCase selected = fixtures.selected(meeting, caseId);
            signIn.as(demo.get("chair"));
            for (String identifying : identifyingSummaries(identities.get(caseId))) {
                assertThatThrownBy(() -> summaries.release(selected.getId(), selected.getVersion(), identifying))
                        .as("seed %d: released \"%s\"", seed, identifying).isInstanceOf(IdentifyingTextException.class);
            }
            summaries.release(selected.getId(), selected.getVersion(), "The victim was targeted repeatedly over "
                    + (2 + random.nextInt(20)) + " weeks. The agencies shared information and acted; the victim declined "
                    + "further support and the case closed at medium risk.");
            reviewCaseIds.add(selected.getId());
        }

        List<String> panelSees = new ArrayList<>();
        for (Long reviewCaseId : reviewCaseIds) {
            signIn.as(member);
            CaseForReview view = reviews.open(reviewCaseId);
            panelSees.add(JSON.writeValueAsString(view));
            Map<Long, RatedCriterion> ratings = new HashMap<>();
            view.criteria().forEach(c -> ratings.put(c.id(), new RatedCriterion(CriterionRating.values()[random.nextInt(4)], "Seen.")));
            reviews.saveReview(reviewCaseId, null, ratings, "Reviewed.", true);
            signIn.as(chair);
            CaseForReview chairView = reviews.open(reviewCaseId);
            panelSees.add(JSON.writeValueAsString(chairView));
            Map<Long, CriterionRating> agreed = new HashMap<>();
            chairView.criteria().forEach(c -> agreed.put(c.id(), CriterionRating.values()[random.nextInt(4)]));
            reviews.agreeFinding(reviewCaseId, chairView.finding().reviewCaseVersion(), agreed, "Agreed at the meeting.");
        }
        signIn.as(chair);
        panelSees.add(JSON.writeValueAsString(meetings.selection(meeting.getId()).stream()
                .map(s -> List.of(s.reviewCase().getLabelNumber(), s.reviewCase().getStatus(), s.reviewsSubmitted())).toList()));
        Recommendation recommendation = Recommendation.blank();
        recommendation.setAgency(agencies.findActive().get(0));
        recommendation.setText("Record the victim's own words at the first contact.");
        recommendation.setDueDate(LocalDate.now().plusDays(20));
        recommendations.create(meeting.getId(), recommendation);
        meetings.conclude(meeting.getId(), meetings.find(meeting.getId()).getVersion());
        panelSees.add(JSON.writeValueAsString(reports.report(meeting.getId())));
        String pdf;
        try (var document = Loader.loadPDF(reports.pdf(meeting.getId()))) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).as("seed %d", seed).contains("review meeting report");
        panelSees.add(pdf);

        for (String seen : panelSees) {
            identities.values().forEach(identity -> assertNothingOf(identity, seen));
        }
    }

    /** A checker independent of the portal's own matching: plain comparisons, generous in what counts. */
    private void assertNothingOf(Identity identity, String seen) {
        String plain = plain(seen);
        String compact = plain.replaceAll("[^a-z0-9]", "");
        for (String name : identity.names()) {
            for (String part : plain(name).split("[^a-z]+")) {
                if (part.length() >= 3 && !NOT_NAMES.contains(part)) {
                    assertThat(Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(plain).find())
                            .as("seed %d: name part \"%s\" of \"%s\" in %s", seed, part, name, seen).isFalse();
                }
            }
        }
        for (String street : identity.streets()) {
            assertThat(plain).as("seed %d: street %s", seed, street).doesNotContain(plain(street));
        }
        for (String postcode : identity.postcodes()) {
            assertThat(compact).as("seed %d: postcode %s", seed, postcode).doesNotContain(plain(postcode).replaceAll("[^a-z0-9]", ""));
        }
        for (DateTimeFormatter format : DATES) {
            assertThat(plain).as("seed %d: date of birth", seed).doesNotContain(plain(format.format(identity.born())));
        }
        for (String phone : identity.phones()) {
            assertThat(seen.replaceAll("[^0-9]", "")).as("seed %d: phone", seed).doesNotContain(phone.replaceAll("[^0-9]", ""));
        }
        for (String email : identity.emails()) {
            assertThat(plain).as("seed %d: email", seed).doesNotContain(plain(email));
        }
        for (String reference : identity.references()) {
            assertThat(compact).as("seed %d: reference %s", seed, reference)
                    .doesNotContain(plain(reference).replaceAll("[^a-z0-9]", ""));
        }
    }

    private static String plain(String text) {
        return Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** The ways a preparer might let an identifier slip into a summary: each must be refused. */
    private List<String> identifyingSummaries(Identity identity) {
        List<String> attempts = new ArrayList<>();
        attempts.add("The victim, " + identity.given().toUpperCase(Locale.ROOT) + ", was targeted.");
        attempts.add("Targeted at home (" + identity.family().replace("-", " ").replace("'", "") + ").");
        String[] familyParts = identity.family().split("[- ']");
        attempts.add("Known locally as " + familyParts[familyParts.length - 1].toLowerCase(Locale.ROOT) + ".");
        attempts.add("Also called " + identity.aliases().get(identity.aliases().size() - 1).replace("the ", "") + ".");
        attempts.add("Lives near " + identity.postcodes().get(0).replace(" ", "").toLowerCase(Locale.ROOT) + ".");
        attempts.add("The perpetrator lives at " + identity.postcodes().get(1) + ".");
        attempts.add("Abuse on " + identity.streets().get(0).split(" ")[0] + " St.");
        if (identity.bornRecorded()) {
            attempts.add("Born " + DateTimeFormatter.ofPattern("d/M/yyyy").format(identity.born()) + ".");
        }
        attempts.add("Called from " + identity.phones().get(0).replace(" ", "") + ".");
        attempts.add("Crime " + identity.references().get(0).toLowerCase(Locale.ROOT).replace("/", " ") + ".");
        attempts.add("The perpetrator, " + identity.perpetrator() + ", was warned.");
        attempts.add("Case " + identity.references().get(1).toLowerCase(Locale.ROOT) + ".");
        return attempts;
    }

    private Identity newIdentity() {
        String family = random.nextBoolean() ? capitalised(word(2)) + "-" + capitalised(word(2))
                : (random.nextBoolean() ? "O'" : "") + capitalised(word(3));
        List<String> aliases = new ArrayList<>();
        if (random.nextBoolean()) {
            aliases.add(capitalised(word(2)).replace('o', 'ö').replace('e', 'é'));
        }
        aliases.add("the " + capitalised(word(2)));
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return new Identity(capitalised(word(2)), family, aliases, capitalised(word(2)), capitalised(word(2)),
                List.of(postcode(), postcode()), List.of(capitalised(word(2)) + " " + STREETS[random.nextInt(STREETS.length)]),
                LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextBoolean(),
                List.of("07700 9" + (10000 + random.nextInt(89999))),
                List.of(word(2) + "." + word(1) + "@example.org"),
                List.of(letters.charAt(random.nextInt(letters.length())) + "S/" + (2020 + random.nextInt(6)) + "/"
                        + (100000 + random.nextInt(900000))));
    }

    private Identity withReference(Identity identity, String caseReference) {
        List<String> references = new ArrayList<>(identity.references());
        references.add(caseReference);
        return new Identity(identity.given(), identity.family(), identity.aliases(), identity.perpetratorGiven(),
                identity.perpetratorFamily(), identity.postcodes(), identity.streets(), identity.born(),
                identity.bornRecorded(), identity.phones(), identity.emails(), references);
    }

    /**
     * A case whose every free-text field names its people, closed by the area chair: nomination, risk
     * assessment with endorsement, an action and its update, closure note, all full of identifiers.
     */
    private MaracCase generatedClosedCase(Identity identity) {
        String victimName = identity.victim();
        String perpetratorName = identity.perpetrator();
        String everything = victimName + " (" + String.join(", ", identity.aliases()) + ") of 12 " + identity.streets().get(0)
                + ", " + identity.postcodes().get(0) + ", born " + identity.born() + ", phone " + identity.phones().get(0)
                + ", " + identity.emails().get(0) + ", crime " + identity.references().get(0) + ", abused by "
                + perpetratorName + " of " + identity.postcodes().get(1);
        signIn.as(demo.get("housing"));
        MaracCase draft = builder.completeDraft(identity.given(), identity.family(), identity.born(),
                identity.postcodes().get(0), 1 + random.nextInt(3));
        Person victim = draft.victim().orElseThrow().getPerson();
        victim.setAliases(identity.aliases());
        victim.setPreferredName(identity.given().substring(0, 3));
        victim.setAddress("12 " + identity.streets().get(0) + ", Nottingham");
        victim.setPhone(identity.phones().get(0));
        victim.setEmail(identity.emails().get(0));
        victim.setPronouns("she/her");
        victim.setFirstLanguage(identity.family());
        victim.setSafeContactVia("Ask for " + victimName);
        victim.setVulnerabilityNotes(everything);
        victim.setEthnicity(new EqualityAnswer(Disclosure.ANSWERED, "Like " + identity.family() + " family"));
        if (!identity.bornRecorded()) {
            victim.setDateOfBirth(null);
            victim.setAgeBand(AgeBand.values()[random.nextInt(AgeBand.values().length)]);
        }
        for (Incident incident : draft.getIncidents()) {
            incident.setStrands(random.nextBoolean() ? EnumSet.of(Strand.RACE) : EnumSet.of(Strand.RACE, Strand.DISABILITY));
            incident.setCrimeReference(identity.references().get(0));
            incident.setDescription(everything);
            incident.setVictimWords(perpetratorName + " shouted at " + victimName);
            incident.setPlace("Outside 12 " + identity.streets().get(0));
            incident.setWard(identity.postcodes().get(0));
            incident.setOccurredAt(java.time.Instant.now().minus(Duration.ofDays(30 + random.nextInt(300))));
        }
        Person person = new Person(identity.perpetratorGiven(), identity.perpetratorFamily());
        person.setPostcode(identity.postcodes().get(1));
        person.setAliases(List.of(identity.perpetratorFamily() + "y"));
        draft.addParty(PartyRole.PERPETRATOR, person);
        if (random.nextBoolean()) {
            Person witness = new Person(identity.perpetratorFamily() + "ina", null);
            witness.setPhone(identity.phones().get(0));
            draft.addParty(PartyRole.WITNESS, witness);
        }
        draft.setReason(everything);
        draft.setActionsSoFar("Visited " + victimName + " at " + identity.postcodes().get(0));
        draft.setProfessionalJudgement(true);
        draft.setProfessionalJudgementReason(everything);
        MaracCase saved = nominations.saveDraft(draft);
        RiskAssessment assessment = risk.draftFor(saved.getId());
        Map<Long, RiskAnswer> answers = new HashMap<>();
        assessment.getQuestionSet().getQuestions().forEach(q -> answers.put(q.getId(),
                new RiskAnswer(Answer.values()[random.nextInt(3)], "About " + victimName)));
        assessment.setAnswers(answers);
        assessment.setCurrentHarm(Rating.HIGH);
        assessment.setRepeatVictimisation(Rating.MEDIUM);
        assessment.setCommunityCohesion(Rating.LOW);
        assessment.setAgencyConfidence(Rating.MEDIUM);
        assessment.setAssessorLevel(RiskLevel.MEDIUM);
        assessment.setRationale(everything);
        assessment.setPlan(List.of(new PlanItem("Alarm for " + victimName, perpetratorName, LocalDate.now().plusDays(9))));
        risk.submitForEndorsement(assessment);
        signIn.as(demo.get("housing-sup"));
        RiskAssessment waiting = risk.awaitingEndorsement().stream()
                .filter(a -> a.getMaracCase().getId().equals(saved.getId())).findFirst().orElseThrow();
        risk.endorse(waiting.getId(), waiting.getVersion(), RiskLevel.HIGH, "Raised because of " + victimName);
        signIn.as(demo.get("housing"));
        MaracCase submitted = nominations.submit(nominations.find(saved.getId()));
        signIn.as(demo.get("chair"));
        MaracCase accepted = nominations.accept(submitted.getId(), nominations.find(submitted.getId()).getVersion());
        CaseAction action = CaseAction.blank();
        action.setDescription("Visit " + victimName + " at " + identity.postcodes().get(0));
        action.setOwnerAgency(demo.get("police").getAgency());
        action.setDueDate(LocalDate.now().plusDays(5));
        CaseAction set = actions.create(accepted.getId(), null, action);
        signIn.as(demo.get("police"));
        actions.update(set.getId(), set.getVersion(), ActionStatus.DONE, null, "Saw " + victimName);
        signIn.as(demo.get("chair"));
        MaracCase current = nominations.find(accepted.getId());
        return closure.close(current.getId(), current.getVersion(), new CaseClosureService.Closure(
                ClosureReason.VICTIM_DECLINED_SUPPORT, RiskLevel.MEDIUM, CpsOutcome.NOT_KNOWN, "Closed: " + everything));
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String postcode() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()))
                + (1 + random.nextInt(9)) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }
}
