package org.marac.portal.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.marac.portal.action.internal.CaseActionRepository;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.Recipient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, tells the owner (the assignee, or the owner agency) and the area chair of actions due
 * within three days, and of actions now overdue. Each action is reminded once of each, so a second run,
 * or a second portal instance, sends nothing more.
 */
@Component
class ActionReminderJob {

    static final int DUE_SOON_DAYS = 3;

    private final CaseActionRepository actions;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActionReminderJob(CaseActionRepository actions, NotificationService notifications,
            PlatformTransactionManager transactions, Clock clock) {
        this.actions = actions;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Europe/London")
    @SchedulerLock(name = "action-reminders", lockAtMostFor = "PT30M")
    public void run() {
        remind();
    }

    /** Returns how many reminders (due soon and overdue together) were sent. */
    int remind() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (CaseAction action : actions.findOverdueUnreported(today)) {
                send(action, NotificationKind.ACTION_OVERDUE);
                action.overdueSent(clock.instant());
                // An overdue action needs no "due soon" reminder after it.
                action.dueSoonSent(clock.instant());
                count++;
            }
            for (CaseAction action : actions.findDueSoonUnreminded(today.plusDays(DUE_SOON_DAYS))) {
                send(action, NotificationKind.ACTION_DUE_SOON);
                action.dueSoonSent(clock.instant());
                count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private void send(CaseAction action, NotificationKind kind) {
        notifications.send(ActionNotices.about(action, kind)
                .to(Recipient.areaChair(action.getMaracCase().getArea().getId())).build());
    }
}
