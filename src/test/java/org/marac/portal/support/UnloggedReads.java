package org.marac.portal.support;

import java.util.List;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.internal.CaseRepository;
import org.marac.portal.partner.CaseRoles;
import org.marac.portal.partner.PortalUser;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * NominationService's read paths without the processing log call, for benchmarks only (imported by
 * {@link PortalBenchmark}, never part of the portal): the same method security, the same read-write
 * transaction as the service's class-level one, the same repository calls and access policy.
 */
public class UnloggedReads {

    private final CaseRepository cases;
    private final CaseAccessPolicy policy;

    UnloggedReads(CaseRepository cases, CaseAccessPolicy policy) {
        this.cases = cases;
        this.policy = policy;
    }

    /** NominationService.find minus the log call. */
    @CaseRoles
    @Transactional
    public MaracCase find(Long caseId) {
        return cases.findOne(policy.visibleTo(PortalUser.require(), caseId)).orElseThrow(CaseNotFoundException::new);
    }

    /** NominationService.visibleCases minus the log call. */
    @CaseRoles
    @Transactional
    public List<MaracCase> visibleCases() {
        return cases.findAll(policy.visibleTo(PortalUser.require()), Sort.by(Sort.Direction.DESC, "createdAt"));
    }
}
