package org.marac.portal.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.action.internal.CaseActionRepository;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.notification.MemberNotice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Reminders three days before an action falls due and when it is overdue, with the clock fixed, each sent once. */
@PortalTest
class ActionReminderTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    ActionService actions;
    @Autowired
    CaseActionRepository actionRows;
    @Autowired
    NotificationService notifications;
    @Autowired
    PlatformTransactionManager transactions;
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

    private ActionReminderJob jobOn(LocalDate day) {
        return new ActionReminderJob(actionRows, notifications, transactions,
                Clock.fixed(day.atTime(8, 0).atZone(UK).toInstant(), UK));
    }

    /** The action notices the member has about the case. */
    private List<NotificationKind> noticesFor(String username, MaracCase maracCase) {
        signIn.as(demo.get(username));
        List<NotificationKind> kinds = notifications.myNotices().stream()
                .filter(notice -> maracCase.getReference().equals(notice.getCaseReference()))
                .map(MemberNotice::getKind).filter(kind -> kind.name().startsWith("ACTION_")).toList();
        signIn.out();
        return kinds;
    }

    @Test
    void theOwnerAndTheChairAreRemindedThreeDaysBeforeAndOnceOverdueAndNeverTwice() {
        MaracCase accepted = builder.acceptedCase("housing", "Ffion", "Reminded");
        LocalDate today = LocalDate.now(UK);
        CaseAction action = CaseAction.blank();
        action.setDescription("Check the CCTV outside the flat");
        action.setOwnerAgency(demo.get("housing").getAgency());
        action.setDueDate(today.plusDays(5));
        actions.create(accepted.getId(), null, action);
        signIn.out();
        assertThat(noticesFor("housing", accepted)).containsExactly(NotificationKind.ACTION_ASSIGNED);

        jobOn(today.plusDays(1)).remind();
        assertThat(noticesFor("housing", accepted)).doesNotContain(NotificationKind.ACTION_DUE_SOON);

        jobOn(today.plusDays(2)).remind();
        jobOn(today.plusDays(2)).remind();
        assertThat(noticesFor("housing", accepted)).containsOnlyOnce(NotificationKind.ACTION_DUE_SOON);
        assertThat(noticesFor("housing-sup", accepted)).containsOnlyOnce(NotificationKind.ACTION_DUE_SOON);
        assertThat(noticesFor("chair", accepted)).containsOnlyOnce(NotificationKind.ACTION_DUE_SOON);
        assertThat(noticesFor("police", accepted)).isEmpty();

        jobOn(today.plusDays(5)).remind();
        assertThat(noticesFor("housing", accepted)).doesNotContain(NotificationKind.ACTION_OVERDUE);
        jobOn(today.plusDays(6)).remind();
        jobOn(today.plusDays(7)).remind();
        assertThat(noticesFor("housing", accepted)).containsOnlyOnce(NotificationKind.ACTION_OVERDUE);
        assertThat(noticesFor("chair", accepted)).containsOnlyOnce(NotificationKind.ACTION_OVERDUE);
    }

    @Test
    void aFinishedActionIsNotReminded() {
        MaracCase accepted = builder.acceptedCase("housing", "Gwen", "Finished");
        LocalDate today = LocalDate.now(UK);
        CaseAction action = CaseAction.blank();
        action.setDescription("Refer to Victim Support");
        action.setOwnerAgency(demo.get("victim-support").getAgency());
        action.setAssignee(demo.get("victim-support"));
        action.setDueDate(today.plusDays(2));
        CaseAction created = actions.create(accepted.getId(), null, action);
        signIn.as(demo.get("victim-support"));
        actions.update(created.getId(), created.getVersion(), ActionStatus.DONE, null, "Referred");
        signIn.out();

        jobOn(today).remind();
        jobOn(today.plusDays(4)).remind();
        assertThat(noticesFor("victim-support", accepted)).containsExactly(NotificationKind.ACTION_ASSIGNED);
        assertThat(noticesFor("chair", accepted)).isEmpty();
    }
}
