package org.marac.portal.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one sharing policy, record by record: who sees a case and its information, through single reads,
 * lists and counts alike, and that every refusal leaks nothing and is logged.
 */
@PortalTest
class CaseSharingTest {

    @Autowired
    NominationService nominations;
    @Autowired
    org.marac.portal.audit.ProcessingLog processingLog;
    @Autowired
    CaseSharing sharing;
    @Autowired
    CaseInformationService information;
    @Autowired
    CaseClosureService closure;
    @Autowired
    Nominations builder;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private void sharedWithPolice(MaracCase maracCase, ShareSource source, long sourceId) {
        signIn.as(demo.get("chair"));
        transaction.executeWithoutResult(status ->
                sharing.share(maracCase.getId(), List.of(demo.get("police").getAgency().getId()), source, sourceId));
    }

    private void assertInvisibleTo(String username, MaracCase maracCase) {
        signIn.as(demo.get(username));
        assertThatThrownBy(() -> nominations.find(maracCase.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThat(nominations.visibleCases(CaseListFilter.all(), 0, 500)).extracting(CaseListRow::id).doesNotContain(maracCase.getId());
    }

    @Test
    void anAgencyNotInvolvedSeesNothingAndItsAttemptIsLoggedAsRefused() {
        MaracCase accepted = builder.acceptedCase("housing", "Petra", "Uninvolved");

        assertInvisibleTo("police", accepted);
        assertInvisibleTo("yos", accepted);
        processingLog.awaitWritten();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = 'ACCESS_DENIED'"
                + " AND subject_type = 'CASE' AND subject_id = ? AND member_id = ?", Long.class,
                accepted.getId(), demo.get("yos").getId())).isPositive();
    }

    @Test
    void aShareOpensTheCaseToThatAgencyUntilItEndsAndIsLoggedAsADisclosureToIt() {
        MaracCase accepted = builder.acceptedCase("housing", "Quentin", "Shared");
        assertInvisibleTo("police", accepted);

        sharedWithPolice(accepted, ShareSource.MEETING_AGENDA, 9001L);
        signIn.as(demo.get("police-lead"));
        assertThat(nominations.find(accepted.getId()).getReference()).isEqualTo(accepted.getReference());
        assertThat(nominations.visibleCases(CaseListFilter.all(), 0, 500)).extracting(CaseListRow::id).contains(accepted.getId());
        assertThat(jdbc.queryForObject("SELECT recipient_agency_id FROM processing_log WHERE operation = 'DISCLOSURE'"
                + " AND subject_id = ? ORDER BY id DESC LIMIT 1", Long.class, accepted.getId()))
                .isEqualTo(demo.get("police").getAgency().getId());
        assertInvisibleTo("yos", accepted);

        signIn.as(demo.get("chair"));
        transaction.executeWithoutResult(status -> sharing.end(ShareSource.MEETING_AGENDA, 9001L));
        assertInvisibleTo("police", accepted);
    }

    @Test
    void closingEndsSharedAccessButNotTheNominatorsOrTheChairs() {
        MaracCase accepted = builder.acceptedCase("housing", "Rosa", "Closedcase");
        sharedWithPolice(accepted, ShareSource.ACTION_OWNER, 9002L);

        signIn.as(demo.get("chair"));
        MaracCase closed = closure.close(accepted.getId(), nominations.find(accepted.getId()).getVersion(),
                new CaseClosureService.Closure(ClosureReason.RISK_REDUCED, RiskLevel.MEDIUM, CpsOutcome.NOT_SENT_TO_CPS, null));
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);

        assertInvisibleTo("police", accepted);
        signIn.as(demo.get("housing"));
        assertThat(nominations.find(accepted.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        signIn.as(demo.get("chair"));
        assertThat(nominations.find(accepted.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);

        signIn.as(demo.get("chair"));
        MaracCase reopened = closure.reopen(accepted.getId(), closed.getVersion(), "New incident reported");
        assertThat(reopened.getStatus()).isEqualTo(CaseStatus.UNDER_REVIEW);
        signIn.as(demo.get("police"));
        assertThat(nominations.find(accepted.getId()).getId()).isEqualTo(accepted.getId());
    }

    @Test
    void restrictedInformationIsSeenByTheRecordingAgencyAloneEvenByTheChairNot() {
        MaracCase accepted = builder.acceptedCase("housing", "Stella", "Restricted");
        sharedWithPolice(accepted, ShareSource.MEETING_AGENDA, 9003L);

        signIn.as(demo.get("police"));
        CaseInformation intelligence = CaseInformation.blank();
        intelligence.setFacts("Perpetrator known to carry a knife");
        intelligence.setRestricted(true);
        information.record(accepted.getId(), null, intelligence);
        CaseInformation open = CaseInformation.blank();
        open.setFacts("Officer visited on 3 November");
        information.record(accepted.getId(), null, open);
        assertThat(information.readable(accepted.getId())).extracting(CaseInformation::getFacts)
                .contains("Perpetrator known to carry a knife", "Officer visited on 3 November");

        for (String other : List.of("housing", "housing-sup", "chair")) {
            signIn.as(demo.get(other));
            assertThat(information.readable(accepted.getId())).extracting(CaseInformation::getFacts)
                    .as(other).contains("Officer visited on 3 November").doesNotContain("Perpetrator known to carry a knife");
        }
        signIn.as(demo.get("yos"));
        assertThatThrownBy(() -> information.readable(accepted.getId())).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void onlyTheRecordingAgencyChangesItsInformationAndAStaleChangeIsRefused() {
        MaracCase accepted = builder.acceptedCase("housing", "Tamsin", "Editing");
        signIn.as(demo.get("housing"));
        CaseInformation entry = CaseInformation.blank();
        entry.setOpinion("Victim is frightened to go out");
        CaseInformation saved = information.record(accepted.getId(), null, entry);

        signIn.as(demo.get("chair"));
        CaseInformation change = CaseInformation.blank();
        change.setOpinion("Rewritten by someone else");
        assertThatThrownBy(() -> information.update(saved.getId(), saved.getVersion(), change))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(demo.get("housing-sup"));
        change.setOpinion("Victim now goes out with a friend");
        CaseInformation updated = information.update(saved.getId(), saved.getVersion(), change);
        assertThat(updated.getOpinion()).isEqualTo("Victim now goes out with a friend");
        assertThatThrownBy(() -> information.update(saved.getId(), saved.getVersion(), change))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

        CaseInformation empty = CaseInformation.blank();
        assertThatThrownBy(() -> information.record(accepted.getId(), null, empty))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("information.empty"));
    }

    @Test
    void scrutinyMembersTheDataProtectionOfficerAndAdministratorsReachNoCaseOperationAtAll() {
        MaracCase accepted = builder.acceptedCase("housing", "Ursula", "Noleak");
        for (String username : List.of("scrutiny", "scrutiny-chair", "dpo", "admin")) {
            signIn.as(demo.get(username));
            assertThatThrownBy(() -> nominations.find(accepted.getId())).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> nominations.visibleCases(CaseListFilter.all(), 0, 500)).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> information.readable(accepted.getId())).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            processingLog.awaitWritten();
            assertThat(jdbc.queryForObject("SELECT detail FROM processing_log WHERE operation = 'ACCESS_DENIED'"
                    + " AND member_id = ? ORDER BY id DESC LIMIT 1", String.class, demo.get(username).getId()))
                    .isEqualTo("CaseInformationService.readable");
        }
    }

    @Test
    void aClosedCaseIsReadOnlyAndClosingListsWhatIsMissing() {
        MaracCase accepted = builder.acceptedCase("housing", "Vanessa", "Readonly");
        signIn.as(demo.get("chair"));
        long version = nominations.find(accepted.getId()).getVersion();
        assertThatThrownBy(() -> closure.close(accepted.getId(), version,
                new CaseClosureService.Closure(ClosureReason.OTHER, RiskLevel.STANDARD, CpsOutcome.NOT_SENT_TO_CPS, " ")))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("closure.noteRequired"));
        assertThatThrownBy(() -> closure.close(accepted.getId(), version - 1,
                new CaseClosureService.Closure(ClosureReason.RISK_REDUCED, RiskLevel.STANDARD, CpsOutcome.NOT_SENT_TO_CPS, null)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        closure.close(accepted.getId(), version, new CaseClosureService.Closure(ClosureReason.OTHER, RiskLevel.STANDARD, CpsOutcome.NOT_SENT_TO_CPS,
                "Perpetrator imprisoned"));
        assertThat(closure.unmetConditions(accepted.getId())).extracting(Eligibility.Reason::key)
                .containsExactly("closure.notClosable");

        signIn.as(demo.get("housing"));
        CaseInformation late = CaseInformation.blank();
        late.setFacts("Too late");
        assertThatThrownBy(() -> information.record(accepted.getId(), null, late))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("case.closed.readOnly"));
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> closure.reopen(accepted.getId(), 0, "x")).isInstanceOf(AccessDeniedException.class);
    }
}
