package org.marac.portal.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.marac.portal.notification.MemberNotice;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every day at 07:00 UK time, one email per digest member listing the notices since their last digest. Each
 * member's digest is written to the outbox in the same transaction that takes their notices out of the
 * waiting list, so a digest is never written twice, even by two instances.
 */
@Component
public class DailyDigestJob {

    public static final String LOCK_NAME = "notification-daily-digest";

    private final MemberNoticeRepository notices;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DailyDigestJob(MemberNoticeRepository notices, Outbox outbox,
            PlatformTransactionManager transactions, Clock clock) {
        this.notices = notices;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.notifications.digest-cron}", zone = "Europe/London")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void run() {
        writeDigests();
    }

    /** @return how many digest emails were written to the outbox */
    public int writeDigests() {
        Instant now = clock.instant();
        int written = 0;
        for (Long memberId : notices.membersAwaitingDigest(now)) {
            Boolean wrote = transaction.execute(status -> writeDigest(memberId, now));
            if (Boolean.TRUE.equals(wrote)) {
                written++;
            }
        }
        return written;
    }

    private boolean writeDigest(Long memberId, Instant now) {
        List<MemberNotice> waiting = notices.claimAwaitingDigest(memberId, now);
        if (waiting.isEmpty()) {
            return false;
        }
        outbox.writeDigest(memberId, waiting, now);
        waiting.forEach(MemberNotice::digested);
        return true;
    }
}
