package org.marac.portal.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.action.ActionService;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A scrutiny member sees a closed case only pseudonymised, only once it is selected for their own panel's
 * review meeting and released, only after accepting the panel's agreement, and never an open case; every
 * view and every refusal is in the processing log.
 */
@PortalTest
class ScrutinyAccessTest {

    @Autowired
    ScrutinyFixtures fixtures;
    @Autowired
    org.marac.portal.audit.ProcessingLog processingLog;
    @Autowired
    PseudonymisedCaseService pseudonymised;
    @Autowired
    NominationService nominations;
    @Autowired
    CaseClosureService closure;
    @Autowired
    CaseReviewService reviews;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long logged(String operation, String subjectType, Long subjectId, Member member) {
        processingLog.awaitWritten();
        return jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = ? AND subject_type = ?"
                + " AND subject_id <=> ? AND member_id = ?", Long.class, operation, subjectType, subjectId, member.getId());
    }

    @Test
    void aMemberReadsOnlyReleasedCasesOfTheirOwnPanelPseudonymisedAndEveryViewAndRefusalIsLogged() {
        Member scrutiny = demo.get("scrutiny");
        Member otherChair = fixtures.newMember("Other Chair", Role.SCRUTINY_CHAIR);
        Member otherMember = fixtures.newMember("Other Member", Role.SCRUTINY_MEMBER);
        MaracCase ours = fixtures.closedCase("Oona", "Ourcase", Strand.TRANSGENDER, ClosureReason.RISK_REDUCED,
                CpsOutcome.NOT_KNOWN, RiskLevel.HIGH);
        MaracCase unreleased = fixtures.closedCase("Ulla", "Unreleased", Strand.TRANSGENDER, ClosureReason.RISK_REDUCED,
                CpsOutcome.NOT_KNOWN, RiskLevel.MEDIUM);
        MaracCase theirs = fixtures.closedCase("Thea", "Theircase", Strand.TRANSGENDER, ClosureReason.VICTIM_MOVED_AWAY,
                CpsOutcome.NOT_KNOWN, RiskLevel.HIGH);
        MaracCase notSelected = fixtures.closedCase("Nell", "Notselected", Strand.TRANSGENDER,
                ClosureReason.VICTIM_DECLINED_SUPPORT, CpsOutcome.NOT_KNOWN, RiskLevel.HIGH);
        MaracCase open = fixtures.acceptedCase("Olive", "Opencase", Strand.TRANSGENDER);

        ScrutinyPanel ourPanel = fixtures.panel("Our panel", demo.get("scrutiny-chair"), scrutiny);
        fixtures.accept(ourPanel, demo.get("scrutiny-chair"));
        ReviewMeeting ourMeeting = fixtures.drawn(ourPanel, ScrutinyFixtures.only(Strand.TRANSGENDER,
                ClosureReason.RISK_REDUCED, CpsOutcome.NOT_KNOWN, RiskLevel.HIGH), 20, "our-seed");
        ReviewMeeting ourSecond = fixtures.drawn(ourPanel, ScrutinyFixtures.only(Strand.TRANSGENDER,
                ClosureReason.RISK_REDUCED, CpsOutcome.NOT_KNOWN, RiskLevel.MEDIUM), 20, "our-seed");
        ScrutinyPanel theirPanel = fixtures.panel("Their panel", otherChair, otherMember);
        fixtures.accept(theirPanel, otherChair, otherMember);
        ReviewMeeting theirMeeting = fixtures.drawn(theirPanel, ScrutinyFixtures.only(Strand.TRANSGENDER,
                ClosureReason.VICTIM_MOVED_AWAY, CpsOutcome.NOT_KNOWN, RiskLevel.HIGH), 20, "their-seed");
        ReviewCase ourCase = fixtures.release(ourMeeting, ours.getId());
        ReviewCase theirCase = fixtures.release(theirMeeting, theirs.getId());
        fixtures.selected(ourSecond, unreleased.getId());

        // Before accepting the agreement, nothing: not even the released case of their own panel.
        signIn.as(scrutiny);
        assertThatThrownBy(() -> pseudonymised.forReview(ours.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.open(ourCase.getId())).isInstanceOf(AgreementRequiredException.class);
        fixtures.accept(ourPanel, scrutiny);

        signIn.as(scrutiny);
        CaseForReview view = reviews.open(ourCase.getId());
        assertThat(view.facts().closureReason()).isEqualTo(ClosureReason.RISK_REDUCED);
        assertThat(view.summary()).startsWith("The victim was abused");
        assertThat(logged("CONSULTATION", "CASE", ours.getId(), scrutiny)).isPositive();

        for (MaracCase refused : new MaracCase[] {unreleased, theirs, notSelected, open}) {
            long before = logged("ACCESS_DENIED", "CASE", refused.getId(), scrutiny);
            assertThatThrownBy(() -> pseudonymised.forReview(refused.getId())).isInstanceOf(CaseNotFoundException.class);
            assertThatThrownBy(() -> actions.factsForScrutiny(refused.getId())).isInstanceOf(CaseNotFoundException.class);
            assertThat(logged("ACCESS_DENIED", "CASE", refused.getId(), scrutiny)).isEqualTo(before + 2);
        }
        // Another panel's case, by its selection too.
        assertThatThrownBy(() -> reviews.open(theirCase.getId())).isInstanceOf(ScrutinyNotFoundException.class);
        assertThat(logged("ACCESS_DENIED", "SCRUTINY_PANEL", theirPanel.getId(), scrutiny)).isPositive();
        // Case operations never let a scrutiny role in, not even to the case they review; the refusal is logged.
        long refusedOperations = logged("ACCESS_DENIED", "OPERATION", null, scrutiny);
        assertThatThrownBy(() -> nominations.find(ours.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(logged("ACCESS_DENIED", "OPERATION", null, scrutiny)).isEqualTo(refusedOperations + 1);
        // The source text is for the area chair and the data protection officer only.
        assertThatThrownBy(() -> pseudonymised.sourceForSummary(ours.getId())).isInstanceOf(AccessDeniedException.class);

        // The other panel sees its own case and not ours.
        signIn.as(otherMember);
        assertThat(reviews.open(theirCase.getId()).label()).isEqualTo(theirCase.getLabelNumber());
        assertThatThrownBy(() -> pseudonymised.forReview(ours.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.open(ourCase.getId())).isInstanceOf(ScrutinyNotFoundException.class);
    }

    @Test
    void aReopenedCaseAndAConcludedMeetingAreClosedToThePanel() {
        Member scrutiny = fixtures.newMember("Reopen Member", Role.SCRUTINY_MEMBER);
        MaracCase reopened = fixtures.closedCase("Rhoda", "Reopened", Strand.TRANSGENDER, ClosureReason.OTHER,
                CpsOutcome.NOT_KNOWN, RiskLevel.HIGH);
        MaracCase concluded = fixtures.closedCase("Connie", "Concluded", Strand.TRANSGENDER, ClosureReason.OTHER,
                CpsOutcome.NOT_KNOWN, RiskLevel.MEDIUM);
        ScrutinyPanel panel = fixtures.panel("Reopen panel", demo.get("scrutiny-chair"), scrutiny);
        fixtures.accept(panel, demo.get("scrutiny-chair"), scrutiny);
        ReviewMeeting first = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.TRANSGENDER, ClosureReason.OTHER,
                CpsOutcome.NOT_KNOWN, RiskLevel.HIGH), 20, "seed");
        ReviewMeeting second = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.TRANSGENDER, ClosureReason.OTHER,
                CpsOutcome.NOT_KNOWN, RiskLevel.MEDIUM), 20, "seed");
        fixtures.release(first, reopened.getId());
        ReviewCase concludedCase = fixtures.release(second, concluded.getId());

        signIn.as(scrutiny);
        assertThat(pseudonymised.forReview(reopened.getId()).finalRisk()).isEqualTo(RiskLevel.HIGH);
        signIn.as(demo.get("chair"));
        closure.reopen(reopened.getId(), nominations.find(reopened.getId()).getVersion(), "New incident reported");
        signIn.as(scrutiny);
        assertThatThrownBy(() -> pseudonymised.forReview(reopened.getId())).isInstanceOf(CaseNotFoundException.class);

        // Concluding ends the panel's access to the case; the finding stays.
        signIn.as(demo.get("scrutiny-chair"));
        CaseForReview view = reviews.open(concludedCase.getId());
        java.util.Map<Long, CriterionRating> agreed = new java.util.HashMap<>();
        view.criteria().forEach(criterion -> agreed.put(criterion.id(), CriterionRating.MET));
        reviews.agreeFinding(concludedCase.getId(), view.finding().reviewCaseVersion(), agreed, "Handled well.");
        meetings.conclude(second.getId(), meetings.find(second.getId()).getVersion());
        signIn.as(scrutiny);
        assertThatThrownBy(() -> pseudonymised.forReview(concluded.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.open(concludedCase.getId())).isInstanceOf(ScrutinyNotFoundException.class);
    }

    @Test
    void onlyThePanelsChairDrawsSwapsAndConcludes() {
        Member member = fixtures.newMember("Plain Member", Role.SCRUTINY_MEMBER);
        ScrutinyPanel panel = fixtures.panel("Chair panel", demo.get("scrutiny-chair"), member);
        fixtures.accept(panel, demo.get("scrutiny-chair"), member);
        Member notTheChair = fixtures.newMember("Another Chair", Role.SCRUTINY_CHAIR);
        signIn.as(notTheChair);
        ReviewMeeting meeting = ReviewMeeting.blank();
        meeting.setMeetingDate(java.time.LocalDate.now().plusDays(3));
        meeting.setTheme("Not theirs");
        assertThatThrownBy(() -> meetings.plan(panel.getId(), meeting)).isInstanceOf(ScrutinyNotFoundException.class);
        signIn.as(member);
        assertThatThrownBy(() -> meetings.plan(panel.getId(), meeting)).isInstanceOf(AccessDeniedException.class);
        // Candidates are asked for by a chair covering the areas only.
        assertThatThrownBy(() -> pseudonymised.closedCaseIds(SampleFilter.any().forCases()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
