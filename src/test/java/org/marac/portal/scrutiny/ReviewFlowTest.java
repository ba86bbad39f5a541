package org.marac.portal.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.person.IdentifyingText;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A selected case from summary to report: the area chair's or DPO's redacted summary (refused while it
 * identifies anyone), each member's review, the agreed finding, recommendations and the agencies' answers,
 * and the published report.
 */
@PortalTest
class ReviewFlowTest {

    @Autowired
    ScrutinyFixtures fixtures;
    @Autowired
    org.marac.portal.audit.ProcessingLog processingLog;
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
    AgencyService agencies;
    @Autowired
    org.marac.portal.dataprotection.SubjectAccessService subjectAccess;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.util.List<org.marac.portal.base.erasure.CaseErasure> erasures;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Map<Long, RatedCriterion> rate(CaseForReview view, CriterionRating rating, int howMany) {
        Map<Long, RatedCriterion> ratings = new HashMap<>();
        view.criteria().stream().limit(howMany).forEach(c -> ratings.put(c.id(), new RatedCriterion(rating, "Because " + c.title())));
        return ratings;
    }

    private static String subjectAccessJson(byte[] zip) throws java.io.IOException {
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().endsWith(".json")) {
                    return new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no JSON in the export");
    }

    private Agency agency(String name) {
        return agencies.findActive().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void summaryReviewsFindingRecommendationsAnswersAndReport() throws Exception {
        Member first = fixtures.newMember("First Reviewer", Role.SCRUTINY_MEMBER);
        Member second = fixtures.newMember("Second Reviewer", Role.SCRUTINY_MEMBER);
        MaracCase closed = fixtures.closedCase("Wilhelmina", "Flowcase", Strand.RELIGION, ClosureReason.OTHER,
                CpsOutcome.SENT_TO_CPS, RiskLevel.HIGH);
        ScrutinyPanel panel = fixtures.panel("Flow panel", demo.get("scrutiny-chair"), first, second);
        fixtures.accept(panel, demo.get("scrutiny-chair"), first, second);
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.RELIGION, ClosureReason.OTHER,
                CpsOutcome.SENT_TO_CPS, RiskLevel.HIGH), 5, "flow");
        ReviewCase selected = fixtures.selected(meeting, closed.getId());

        // Only the case's area chair or the DPO prepare it; the chair of another area does not even see it.
        signIn.as(demo.get("scrutiny-chair"));
        assertThatThrownBy(() -> summaries.open(selected.getId())).isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("chair2"));
        assertThat(summaries.tasks()).extracting(t -> t.reviewCase().getId()).doesNotContain(selected.getId());
        assertThatThrownBy(() -> summaries.open(selected.getId())).isInstanceOf(ScrutinyNotFoundException.class);

        signIn.as(demo.get("dpo"));
        assertThat(summaries.tasks()).extracting(SummaryService.Task::reference).contains(closed.getReference());
        SummaryService.Work work = summaries.open(selected.getId());
        assertThat(work.source().texts()).extracting(t -> t.text()).contains("Abuse shouted in the street");
        assertThat(work.source().identifiers()).anySatisfy(party -> {
            assertThat(party.role()).isEqualTo(PartyRole.VICTIM);
            assertThat(party.values()).contains("Wilhelmina", "Flowcase", "NG8 2AA");
        });
        ReviewCase draft = summaries.saveDraft(selected.getId(), selected.getVersion(), "Draft naming WILHELMINA");
        assertThatThrownBy(() -> summaries.release(draft.getId(), draft.getVersion(), "Seen at ng8-2aa by Mrs flowcase."))
                .isInstanceOfSatisfying(IdentifyingTextException.class, refused -> assertThat(refused.findings())
                        .extracting(f -> f.kind()).contains(IdentifyingText.Kind.POSTCODE, IdentifyingText.Kind.NAME));
        // The refused attempt is on record, so that trying names against a case leaves a trace.
        processingLog.awaitWritten();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE subject_type = 'SCRUTINY_TEXT_CHECK'"
                + " AND member_id = ? AND detail LIKE ? AND detail NOT LIKE '%, 0 found'", Long.class,
                demo.get("dpo").getId(), "cases " + closed.getId() + ":%")).isEqualTo(1);
        assertThat(summaries.check(draft.getId(), "Reference " + closed.getReference().toLowerCase()))
                .extracting(f -> f.kind()).containsExactly(IdentifyingText.Kind.REFERENCE);
        // The panel sees nothing of an unreleased case.
        signIn.as(first);
        assertThatThrownBy(() -> reviews.open(selected.getId())).isInstanceOf(ScrutinyNotFoundException.class);

        signIn.as(demo.get("dpo"));
        ReviewCase released = summaries.release(draft.getId(), draft.getVersion(),
                "The victim was targeted for her faith over several months. The police investigated and the case went to the CPS.");
        assertThat(released.getStatus()).isEqualTo(SelectionStatus.RELEASED);
        assertThat(released.getProfileStrands()).containsExactly(Strand.RELIGION);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = 'DISCLOSURE' AND subject_type = 'CASE'"
                + " AND subject_id = ? AND recipient_agency_id = ?", Long.class, closed.getId(),
                demo.get("scrutiny").getAgency().getId())).isEqualTo(1);

        // Each member reviews; submitting needs every criterion rated; nobody sees another's review yet.
        signIn.as(first);
        CaseForReview view = reviews.open(selected.getId());
        assertThat(view.criteria()).hasSize(8);
        assertThat(view.summary()).startsWith("The victim was targeted");
        CaseReview saved = reviews.saveReview(selected.getId(), null, rate(view, CriterionRating.MET, 3), "Started", false);
        assertThatThrownBy(() -> reviews.saveReview(selected.getId(), saved.getVersion(), rate(view, CriterionRating.MET, 7), null, true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.review.incomplete"));
        assertThatThrownBy(() -> reviews.saveReview(selected.getId(), saved.getVersion() + 5, rate(view, CriterionRating.MET, 8), null, true))
                .isInstanceOf(OptimisticLockingFailureException.class);
        reviews.saveReview(selected.getId(), saved.getVersion(), rate(view, CriterionRating.MET, 8), "Good work", true);
        signIn.as(second);
        assertThat(reviews.open(selected.getId()).panelReviews()).isEmpty();
        reviews.saveReview(selected.getId(), null, rate(view, CriterionRating.PARTLY_MET, 8), null, true);

        // The chair sees both and records what the panel agreed.
        signIn.as(demo.get("scrutiny-chair"));
        CaseForReview chairView = reviews.open(selected.getId());
        assertThat(chairView.panelReviews()).extracting(CaseForReview.Review::reviewer)
                .containsExactlyInAnyOrder("First Reviewer", "Second Reviewer");
        Map<Long, CriterionRating> agreed = new HashMap<>();
        chairView.criteria().forEach(c -> agreed.put(c.id(), CriterionRating.PARTLY_MET));
        agreed.put(chairView.criteria().get(0).id(), CriterionRating.NOT_MET);
        assertThatThrownBy(() -> reviews.agreeFinding(selected.getId(), chairView.finding().reviewCaseVersion(), Map.of(), "x"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.finding.incomplete"));
        assertThatThrownBy(() -> reviews.agreeFinding(selected.getId(), chairView.finding().reviewCaseVersion(), agreed, " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.finding.textRequired"));
        signIn.as(first);
        assertThatThrownBy(() -> reviews.agreeFinding(selected.getId(), chairView.finding().reviewCaseVersion(), agreed, "x"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("scrutiny-chair"));
        reviews.agreeFinding(selected.getId(), chairView.finding().reviewCaseVersion(), agreed, "Timely, but no interpreter.");
        signIn.as(second);
        CaseForReview afterFinding = reviews.open(selected.getId());
        assertThat(afterFinding.finding().agreed()).isTrue();
        assertThat(afterFinding.panelReviews()).hasSize(2);
        assertThatThrownBy(() -> reviews.saveReview(selected.getId(), afterFinding.myReview().version(),
                rate(view, CriterionRating.MET, 8), null, true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.review.closed"));

        // A subject access request for the victim includes what the panel holds about their case, and the
        // panel's members among those who processed it.
        signIn.as(demo.get("dpo"));
        Long victimId = jdbc.queryForObject("SELECT person_id FROM case_party WHERE case_id = ? AND role = 'VICTIM'",
                Long.class, closed.getId());
        String exported = subjectAccessJson(subjectAccess.export(victimId));
        assertThat(exported).contains("\"scrutiny\"", "The victim was targeted for her faith", "Timely, but no interpreter.",
                "Good work", "\"member\" : \"First Reviewer\"");

        // Recommendations: to an agency, in words fit for publication, due in the future.
        signIn.as(demo.get("scrutiny-chair"));
        Recommendation late = Recommendation.blank();
        late.setAgency(agency("Northshire Police"));
        late.setText("Offer interpreters at first contact.");
        late.setDueDate(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> recommendations.create(meeting.getId(), late))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
        Recommendation naming = Recommendation.blank();
        naming.setAgency(agency("Northshire Police"));
        naming.setText("Apologise to Wilhelmina.");
        naming.setDueDate(LocalDate.now().plusDays(30));
        assertThatThrownBy(() -> recommendations.create(meeting.getId(), naming)).isInstanceOf(IdentifyingTextException.class);
        Recommendation toPolice = Recommendation.blank();
        toPolice.setAgency(agency("Northshire Police"));
        toPolice.setText("Offer interpreters at first contact.");
        toPolice.setDueDate(LocalDate.now().plusDays(30));
        Recommendation made = recommendations.create(meeting.getId(), toPolice);
        signIn.as(first);
        assertThatThrownBy(() -> recommendations.create(meeting.getId(), Recommendation.blank())).isInstanceOf(AccessDeniedException.class);
        assertThat(recommendations.forMeeting(meeting.getId())).extracting(r -> r.progress(LocalDate.now()))
                .containsExactly(Recommendation.Progress.AWAITING_RESPONSE);

        // Only the addressed agency's lead answers, with the action taken; the panel tracks and closes it.
        signIn.as(demo.get("victim-support"));
        assertThat(recommendations.forMyAgency()).extracting(Recommendation::getId).doesNotContain(made.getId());
        assertThatThrownBy(() -> recommendations.respond(made.getId(), made.getVersion(), ResponseDecision.ACCEPTED, "Done"))
                .isInstanceOf(ScrutinyNotFoundException.class);
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> recommendations.forMyAgency()).isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("police-lead"));
        assertThat(recommendations.forMyAgency()).extracting(Recommendation::getId).contains(made.getId());
        assertThatThrownBy(() -> recommendations.respond(made.getId(), made.getVersion(), null, "x"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.recommendation.decisionRequired"));
        assertThatThrownBy(() -> recommendations.respond(made.getId(), made.getVersion(), ResponseDecision.REJECTED, ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.recommendation.whyRejected"));
        assertThatThrownBy(() -> recommendations.respond(made.getId(), made.getVersion(), ResponseDecision.ACCEPTED,
                "Interpreter booked for the victim at NG8 2AA")).isInstanceOf(IdentifyingTextException.class);
        Recommendation answered = recommendations.respond(made.getId(), made.getVersion(), ResponseDecision.PARTLY_ACCEPTED,
                "Interpreters offered at first contact from January; training for call handlers.");
        assertThatThrownBy(() -> recommendations.respond(made.getId(), made.getVersion(), ResponseDecision.ACCEPTED, "x"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        signIn.as(demo.get("scrutiny-chair"));
        assertThat(recommendations.forMeeting(meeting.getId())).singleElement().satisfies(r -> {
            assertThat(r.getResponse()).isEqualTo(ResponseDecision.PARTLY_ACCEPTED);
            assertThat(r.getRespondedBy().getDisplayName()).isEqualTo("Helen Carter");
            assertThat(r.progress(LocalDate.now())).isEqualTo(Recommendation.Progress.RESPONDED);
        });
        Recommendation closedRecommendation = recommendations.close(answered.getId(), answered.getVersion());
        assertThat(closedRecommendation.progress(LocalDate.now())).isEqualTo(Recommendation.Progress.CLOSED);
        signIn.as(demo.get("police-lead"));
        assertThatThrownBy(() -> recommendations.respond(made.getId(), closedRecommendation.getVersion(), ResponseDecision.ACCEPTED, "x"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.recommendation.closed"));

        // The report: counts, the agreed ratings, the recommendation and its answer; no case on its own.
        signIn.as(demo.get("scrutiny-chair"));
        meetings.conclude(meeting.getId(), meetings.find(meeting.getId()).getVersion());
        ReviewReport report = reports.report(meeting.getId());
        assertThat(report.draft()).isFalse();
        assertThat(report.profile().reviewed()).isEqualTo(1);
        assertThat(report.profile().strands()).containsEntry(Strand.RELIGION, 1L);
        assertThat(report.profile().cpsOutcomes()).containsEntry(CpsOutcome.SENT_TO_CPS, 1L);
        assertThat(report.criteria().get(0).counts()).containsEntry(CriterionRating.NOT_MET, 1L);
        assertThat(report.recommendations()).singleElement().satisfies(line -> {
            assertThat(line.agency()).isEqualTo("Northshire Police");
            assertThat(line.response()).isEqualTo(ResponseDecision.PARTLY_ACCEPTED);
        });
        String text;
        try (var document = Loader.loadPDF(reports.pdf(meeting.getId()))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("OFFICIAL - for publication", "review meeting report", "Timeliness of the initial response",
                "Offer interpreters at first contact.", "Partly accepted", "Seed: flow", "drew one case at random from the one closed case");
        assertThat(text).doesNotContain("Wilhelmina", "Flowcase", closed.getReference(), "NG8 2AA");
    }

    @Test
    void aWithheldCaseIsSwappedByTheChairAndAChangedAgreementMustBeAcceptedAgain() {
        Member member = fixtures.newMember("Agreement Member", Role.SCRUTINY_MEMBER);
        MaracCase closed = fixtures.closedCase("Xanthe", "Withheld", Strand.RELIGION, ClosureReason.VICTIM_MOVED_AWAY,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        ScrutinyPanel panel = fixtures.panel("Withhold panel", demo.get("scrutiny-chair"), member);
        fixtures.accept(panel, demo.get("scrutiny-chair"), member);
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.RELIGION, ClosureReason.VICTIM_MOVED_AWAY,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD), 1, "withhold");
        ReviewCase selected = fixtures.selected(meeting, closed.getId());

        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> summaries.withhold(selected.getId(), selected.getVersion(), null))
                .isInstanceOf(InvalidFieldException.class);
        ReviewCase withheld = summaries.withhold(selected.getId(), selected.getVersion(), SwapReason.LEGAL_PROCEEDINGS);
        assertThat(withheld.getStatus()).isEqualTo(SelectionStatus.WITHHELD);
        signIn.as(demo.get("scrutiny-chair"));
        assertThat(meetings.swap(withheld.getId(), withheld.getVersion(), SwapReason.LEGAL_PROCEEDINGS, null)).isEmpty();

        // The partnership changes the agreement: a new version, accepted again before anything is shown.
        signIn.as(demo.get("admin"));
        ScrutinyPanel stored = fixtures.panelNamed(panel.getName());
        stored.setAgreementText(stored.getAgreementText() + " I will report any breach at once.");
        ScrutinyPanel changed = fixtures.save(stored);
        assertThat(changed.getAgreementVersion()).isEqualTo(2);
        signIn.as(member);
        assertThatThrownBy(() -> meetings.meetingsOf(panel.getId())).isInstanceOf(AgreementRequiredException.class);
        assertThatThrownBy(() -> fixtures.acceptAs(member, panel, 1))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.agreement.changed"));
        PanelMembership accepted = fixtures.acceptAs(member, panel, 2);
        assertThat(accepted.getAgreementVersion()).isEqualTo(2);
        assertThat(accepted.getAgreementAcceptedAt()).isNotNull();
        assertThat(meetings.meetingsOf(panel.getId())).extracting(ReviewMeeting::getId).contains(meeting.getId());
    }

    @Test
    void anonymisingACaseErasesWhatThePanelWroteAndKeepsItsFigures() {
        Member member = fixtures.newMember("Erasure Member", Role.SCRUTINY_MEMBER);
        MaracCase closed = fixtures.closedCase("Yvaine", "Erased", Strand.RELIGION, ClosureReason.RISK_REDUCED,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        ScrutinyPanel panel = fixtures.panel("Erasure panel", demo.get("scrutiny-chair"), member);
        fixtures.accept(panel, demo.get("scrutiny-chair"), member);
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.RELIGION, ClosureReason.RISK_REDUCED,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD), 1, "erasure");
        ReviewCase released = fixtures.release(meeting, closed.getId());
        signIn.as(member);
        CaseForReview view = reviews.open(released.getId());
        reviews.saveReview(released.getId(), null, rate(view, CriterionRating.NOT_MET, 8), "Too slow", true);

        // What the retention decision does when the data protection officer anonymises the case.
        signIn.as(demo.get("dpo"));
        transaction.executeWithoutResult(status -> erasures.forEach(erasure -> erasure.erase(closed.getId())));

        assertThat(jdbc.queryForObject("SELECT summary FROM review_case WHERE id = ?", String.class, released.getId()))
                .isEqualTo("[anonymised]");
        assertThat(jdbc.queryForList("SELECT comment FROM case_review_rating r JOIN case_review c ON c.id = r.case_review_id"
                + " WHERE c.review_case_id = ?", String.class, released.getId())).containsOnly("[anonymised]");
        assertThat(jdbc.queryForList("SELECT rating FROM case_review_rating r JOIN case_review c ON c.id = r.case_review_id"
                + " WHERE c.review_case_id = ?", String.class, released.getId())).hasSize(8).containsOnly("NOT_MET");
        assertThat(jdbc.queryForObject("SELECT profile_strands FROM review_case WHERE id = ?", String.class, released.getId()))
                .isEqualTo("RELIGION");
    }
}
