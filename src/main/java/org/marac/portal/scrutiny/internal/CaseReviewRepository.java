package org.marac.portal.scrutiny.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.scrutiny.CaseReview;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseReviewRepository extends JpaRepository<CaseReview, Long> {

    @Query("select r from CaseReview r where r.reviewCase.id = :reviewCaseId order by r.id")
    List<CaseReview> findByReviewCase(Long reviewCaseId);

    @Query("select r from CaseReview r where r.reviewCase.id = :reviewCaseId and r.member.id = :memberId")
    Optional<CaseReview> findOne(Long reviewCaseId, Long memberId);
}
