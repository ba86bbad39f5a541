package org.marac.portal.nomination;

import org.marac.portal.partner.CaseRoles;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.nomination.internal.CaseShareRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares a case with agencies other than its nominator, for a reason that can end: a published agenda
 * that lists it, or an action the agency owns. Each share is a disclosure to that agency and logged as
 * one. Callers (the meeting and action services) decide whether their member may share; this service
 * still requires that the acting member can see the case.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CaseSharing {

    private final CaseShareRepository shares;
    private final NominationService nominations;
    private final ProcessingLog log;
    private final Clock clock;

    CaseSharing(CaseShareRepository shares, NominationService nominations, ProcessingLog log, Clock clock) {
        this.shares = shares;
        this.nominations = nominations;
        this.log = log;
        this.clock = clock;
    }

    /** The case becomes visible to each agency (the nominating agency needs no share), until ended. */
    @CaseRoles
    public void share(Long caseId, Collection<Long> agencyIds, ShareSource source, Long sourceId) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        for (Long agencyId : agencyIds.stream().distinct().toList()) {
            if (agencyId.equals(maracCase.getNominatingAgency().getId())) {
                continue;
            }
            CaseShare share = shares.findByMaracCaseIdAndAgencyIdAndSourceAndSourceId(caseId, agencyId, source, sourceId)
                    .orElseGet(() -> new CaseShare(maracCase, agencyId, source, sourceId));
            if (share.isNew() || share.getEndedAt() != null) {
                share.resume();
                shares.save(share);
                log.record(ProcessingOperation.DISCLOSURE, ProcessingLog.Subject.of(NominationService.CASE, caseId,
                        maracCase.personIds()), agencyId, "shared: " + source.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** Ends every share made for this reason (an agenda item removed, an action handed to another agency). */
    @CaseRoles
    public void end(ShareSource source, Long sourceId) {
        List<CaseShare> current = shares.findBySourceAndSourceIdAndEndedAtIsNull(source, sourceId);
        current.forEach(share -> share.end(clock.instant()));
        shares.saveAll(current);
    }

    /** Ends the shares made for this reason with one agency only (an agency no longer invited to a meeting). */
    @CaseRoles
    public void end(ShareSource source, Long sourceId, Long agencyId) {
        List<CaseShare> current = shares.findBySourceAndSourceIdAndAgencyIdAndEndedAtIsNull(source, sourceId, agencyId);
        current.forEach(share -> share.end(clock.instant()));
        shares.saveAll(current);
    }
}
