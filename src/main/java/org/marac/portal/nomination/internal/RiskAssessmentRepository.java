package org.marac.portal.nomination.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.nomination.AssessmentStatus;
import org.marac.portal.nomination.RiskAssessment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    List<RiskAssessment> findByMaracCaseIdOrderByAssessmentNumberDesc(Long caseId);

    Optional<RiskAssessment> findFirstByMaracCaseIdOrderByAssessmentNumberDesc(Long caseId);

    List<RiskAssessment> findByAssessorAgencyIdAndStatusOrderBySubmittedAtAsc(Long agencyId, AssessmentStatus status);
}
