package org.marac.portal.dataprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.marac.portal.dataprotection.internal.RetentionReviewRepository;
import org.marac.portal.nomination.ClosedCaseCatalog;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, opens a retention review for each closed case whose area's retention period has ended and
 * that has none waiting, was not anonymised, and was not kept beyond today. It runs without a signed-in
 * member and reads references and dates only.
 */
@Component
public class RetentionReviewJob {

    private final RetentionReviewRepository reviews;
    private final ClosedCaseCatalog closedCases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionReviewJob(RetentionReviewRepository reviews, ClosedCaseCatalog closedCases,
            PlatformTransactionManager transactions, Clock clock) {
        this.reviews = reviews;
        this.closedCases = closedCases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Nightly, on one portal instance. Running again is harmless: a case with a waiting review gets no second one. */
    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/London")
    @SchedulerLock(name = "retention-reviews", lockAtMostFor = "PT30M")
    public void run() {
        openDueReviews();
    }

    /** Returns how many reviews were opened. */
    public int openDueReviews() {
        Integer opened = transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
            Set<Long> settled = new HashSet<>(reviews.findSettledCaseIds(today));
            int count = 0;
            for (ClosedCaseCatalog.PastRetention due : closedCases.pastRetention(today)) {
                if (settled.add(due.caseId())) {
                    reviews.save(new RetentionReview(due.caseId(), due.reference(), due.areaId(), due.closedAt(), due.dueOn()));
                    count++;
                }
            }
            return count;
        });
        return opened == null ? 0 : opened;
    }
}
