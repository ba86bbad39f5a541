package org.marac.portal.nomination.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.nomination.CaseShare;
import org.marac.portal.nomination.ShareSource;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseShareRepository extends JpaRepository<CaseShare, Long> {

    Optional<CaseShare> findByMaracCaseIdAndAgencyIdAndSourceAndSourceId(Long caseId, Long agencyId,
            ShareSource source, Long sourceId);

    List<CaseShare> findBySourceAndSourceIdAndEndedAtIsNull(ShareSource source, Long sourceId);

    List<CaseShare> findBySourceAndSourceIdAndAgencyIdAndEndedAtIsNull(ShareSource source, Long sourceId, Long agencyId);
}
