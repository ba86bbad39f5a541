package org.marac.portal.dataprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.marac.portal.dataprotection.internal.RetentionReviewRepository;
import org.marac.portal.nomination.ClosedCaseCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, opens a retention review for each closed case whose area's retention period has ended and
 * that has none waiting, was not anonymised, and was not kept beyond today. It runs without a signed-in
 * member and reads references and dates only.
 */
@Component
public class RetentionReviewJob {

    private final RetentionReviewRepository reviews;
    private final ClosedCaseCatalog closedCases;
    private final Clock clock;

    RetentionReviewJob(RetentionReviewRepository reviews, ClosedCaseCatalog closedCases, Clock clock) {
        this.reviews = reviews;
        this.closedCases = closedCases;
        this.clock = clock;
    }

    /** Returns how many reviews were opened. */
    @Transactional
    public int openDueReviews() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Set<Long> settled = new HashSet<>(reviews.findSettledCaseIds(today));
        int opened = 0;
        for (ClosedCaseCatalog.PastRetention due : closedCases.pastRetention(today)) {
            if (settled.add(due.caseId())) {
                reviews.save(new RetentionReview(due.caseId(), due.reference(), due.areaId(), due.closedAt(), due.dueOn()));
                opened++;
            }
        }
        return opened;
    }
}
