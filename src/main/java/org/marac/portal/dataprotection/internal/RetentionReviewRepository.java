package org.marac.portal.dataprotection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.marac.portal.dataprotection.RetentionReview;
import org.marac.portal.dataprotection.RetentionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RetentionReviewRepository extends JpaRepository<RetentionReview, Long> {

    List<RetentionReview> findByStatusOrderByDueOnAscIdAsc(RetentionStatus status);

    List<RetentionReview> findByStatusAndAreaIdInOrderByDueOnAscIdAsc(RetentionStatus status, Collection<Long> areaIds);

    /**
     * Cases that need no new review today: one is waiting, the case is anonymised, or it was kept until a
     * later date.
     */
    @Query("""
            select r.caseId from RetentionReview r where r.status = 'DUE' or r.status = 'ANONYMISED'
               or (r.status = 'RETAINED' and r.nextReviewOn > :today)
            """)
    List<Long> findSettledCaseIds(LocalDate today);
}
