package org.marac.portal.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.CaseNotClosableException;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Actions: who sets and updates them, the access owning one gives, and closing a case only when all are finished. */
@PortalTest
class ActionServiceTest {

    @Autowired
    ActionService actions;
    @Autowired
    NominationService nominations;
    @Autowired
    CaseClosureService closure;
    @Autowired
    Nominations builder;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private CaseAction policeAction(MaracCase maracCase) {
        signIn.as(demo.get("chair"));
        CaseAction action = CaseAction.blank();
        action.setDescription("Visit the victim and review door security");
        action.setOwnerAgency(demo.get("police").getAgency());
        action.setAssignee(demo.get("police"));
        action.setDueDate(LocalDate.now().plusDays(10));
        return actions.create(maracCase.getId(), null, action);
    }

    @Test
    void theChairSetsAnActionWhichSharesTheCaseWithTheOwnerAgencyAndOpensTheCasesActions() {
        MaracCase accepted = builder.acceptedCase("housing", "Wanda", "Actioned");
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> nominations.find(accepted.getId())).isInstanceOf(RuntimeException.class);

        CaseAction created = policeAction(accepted);
        assertThat(nominations.find(accepted.getId()).getStatus()).isEqualTo(CaseStatus.ACTIONS_OPEN);
        signIn.as(demo.get("police"));
        assertThat(actions.forCase(accepted.getId())).extracting(CaseAction::getId).containsExactly(created.getId());
        signIn.as(demo.get("housing"));
        assertThat(actions.forCase(accepted.getId())).extracting(CaseAction::getId).containsExactly(created.getId());
    }

    @Test
    void onlyTheOwnerAgencyAndTheChairUpdateAnActionAndOnlyTheChairFindsItNotDone() {
        MaracCase accepted = builder.acceptedCase("housing", "Xenia", "Updates");
        CaseAction action = policeAction(accepted);

        signIn.as(demo.get("housing"));
        assertThatThrownBy(() -> actions.update(action.getId(), action.getVersion(), ActionStatus.DONE, null, "done"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> actions.update(action.getId(), action.getVersion(), ActionStatus.NOT_DONE_BY_AGENCY, "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.update(action.getId(), action.getVersion(), ActionStatus.CANNOT_BE_DONE, " ", null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("caseAction.reasonRequired"));
        CaseAction progressed = actions.update(action.getId(), action.getVersion(), ActionStatus.IN_PROGRESS, null,
                "Visit booked");
        assertThatThrownBy(() -> actions.update(action.getId(), action.getVersion(), ActionStatus.DONE, null, null))
                .isInstanceOf(OptimisticLockingFailureException.class);

        signIn.as(demo.get("police-lead"));
        CaseAction done = actions.update(action.getId(), progressed.getVersion(), ActionStatus.DONE, null, "Alarm fitted");
        assertThat(done.getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(done.getFinishedAt()).isNotNull();
        assertThat(actions.updatesOf(action.getId())).extracting(ActionUpdate::getComment)
                .containsExactly(null, "Visit booked", "Alarm fitted");

        signIn.as(demo.get("chair"));
        CaseAction notDone = actions.update(action.getId(), done.getVersion(), ActionStatus.NOT_DONE_BY_AGENCY,
                "Alarm was never fitted", null);
        assertThat(notDone.getStatusReason()).isEqualTo("Alarm was never fitted");
    }

    @Test
    void onlyTheAreaChairSetsActionsAndAnAssigneeMustWorkForTheOwnerAgency() {
        MaracCase accepted = builder.acceptedCase("housing", "Yolanda", "Setting");
        CaseAction action = CaseAction.blank();
        action.setDescription("Refer to Victim Support");
        action.setOwnerAgency(demo.get("victim-support").getAgency());
        action.setDueDate(LocalDate.now().plusDays(5));

        signIn.as(demo.get("housing"));
        assertThatThrownBy(() -> actions.create(accepted.getId(), null, action)).isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("chair2"));
        assertThatThrownBy(() -> actions.create(accepted.getId(), null, action)).isInstanceOf(RuntimeException.class);

        signIn.as(demo.get("chair"));
        action.setAssignee(demo.get("police"));
        assertThatThrownBy(() -> actions.create(accepted.getId(), null, action))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("caseAction.assigneeNotInAgency"));
        action.setAssignee(null);
        action.setDueDate(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> actions.create(accepted.getId(), null, action))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("caseAction.dueInPast"));
    }

    @Test
    void aCaseClosesOnlyWhenEveryActionIsFinishedAndThenNoActionChanges() {
        MaracCase accepted = builder.acceptedCase("housing", "Zara", "Closing");
        CaseAction action = policeAction(accepted);

        signIn.as(demo.get("chair"));
        CaseClosureService.Closure riskReduced = new CaseClosureService.Closure(ClosureReason.RISK_REDUCED, RiskLevel.MEDIUM, CpsOutcome.NOT_SENT_TO_CPS, null);
        assertThatThrownBy(() -> closure.close(accepted.getId(), nominations.find(accepted.getId()).getVersion(), riskReduced))
                .isInstanceOfSatisfying(CaseNotClosableException.class,
                        refused -> assertThat(refused.unmet()).extracting(r -> r.key()).containsExactly("closure.actionsOpen"));

        signIn.as(demo.get("police"));
        CaseAction cannot = actions.update(action.getId(), action.getVersion(), ActionStatus.CANNOT_BE_DONE,
                "Victim refused a visit", null);
        signIn.as(demo.get("chair"));
        closure.close(accepted.getId(), nominations.find(accepted.getId()).getVersion(), riskReduced);

        signIn.as(demo.get("police-lead"));
        assertThatThrownBy(() -> actions.update(action.getId(), cannot.getVersion(), null, null, "late note"))
                .isInstanceOf(RuntimeException.class);
        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> actions.update(action.getId(), cannot.getVersion(), null, null, "late note"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("case.closed.readOnly"));
    }
}
