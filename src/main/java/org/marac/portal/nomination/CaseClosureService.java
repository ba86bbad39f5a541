package org.marac.portal.nomination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.internal.CaseEventRepository;
import org.marac.portal.nomination.internal.CaseRepository;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area chair closes a case once every {@link ClosureCondition} is met, with a reason and a final risk
 * level; a closed case is read-only, and the chair may reopen it with a reason. A new nomination for the
 * same victim within 12 months of closure is a repeat ({@link Eligibility}).
 */
@Service
@Transactional
public class CaseClosureService {

    /** What the chair decides when closing. */
    public record Closure(ClosureReason reason, RiskLevel finalRisk, CpsOutcome cpsOutcome, String note) {
    }

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final NominationService nominations;
    private final List<ClosureCondition> conditions;
    private final MemberService members;
    private final ProcessingLog log;
    private final Clock clock;

    CaseClosureService(CaseRepository cases, CaseEventRepository events, NominationService nominations,
            List<ClosureCondition> conditions, MemberService members, ProcessingLog log, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.nominations = nominations;
        this.conditions = conditions;
        this.members = members;
        this.log = log;
        this.clock = clock;
    }

    /** Everything that stops the case closing now, listed at once; empty when it may close. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional(readOnly = true)
    public List<Eligibility.Reason> unmetConditions(Long caseId) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        List<Eligibility.Reason> unmet = new ArrayList<>();
        if (!maracCase.isClosable()) {
            unmet.add(new Eligibility.Reason("closure.notClosable"));
        }
        conditions.forEach(condition -> unmet.addAll(condition.unmetFor(caseId)));
        return unmet;
    }

    @PreAuthorize("hasRole('CHAIR')")
    public MaracCase close(Long caseId, long expectedVersion, Closure closure) {
        MaracCase maracCase = current(caseId, expectedVersion);
        if (closure.reason() == null) {
            throw new InvalidFieldException("closureReason", "closure.reasonRequired");
        }
        if (closure.finalRisk() == null) {
            throw new InvalidFieldException("finalRisk", "closure.finalRiskRequired");
        }
        if (closure.cpsOutcome() == null) {
            throw new InvalidFieldException("cpsOutcome", "closure.cpsOutcomeRequired");
        }
        String note = closure.note() == null || closure.note().isBlank() ? null : closure.note().strip();
        if (closure.reason() == ClosureReason.OTHER && note == null) {
            throw new InvalidFieldException("closureNote", "closure.noteRequired");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidFieldException("closureNote", "validation.max2000");
        }
        List<Eligibility.Reason> unmet = unmetConditions(caseId);
        if (!unmet.isEmpty()) {
            throw new CaseNotClosableException(unmet);
        }
        maracCase.close(clock.instant(), closure.reason(), closure.finalRisk(), closure.cpsOutcome(), note);
        events.save(new CaseEvent(maracCase, CaseStatus.CLOSED, actingMember(), note));
        log.record(ProcessingOperation.ALTERATION, ProcessingLog.Subject.of(NominationService.CASE, caseId,
                maracCase.personIds()), null, "closed: " + closure.reason());
        return cases.saveAndFlush(maracCase);
    }

    @PreAuthorize("hasRole('CHAIR')")
    public MaracCase reopen(Long caseId, long expectedVersion, String reason) {
        MaracCase maracCase = current(caseId, expectedVersion);
        if (maracCase.getStatus() != CaseStatus.CLOSED) {
            throw new InvalidFieldException("reopenReason", "closure.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reopenReason", "closure.reopenReasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidFieldException("reopenReason", "validation.max2000");
        }
        maracCase.reopen();
        events.save(new CaseEvent(maracCase, CaseStatus.UNDER_REVIEW, actingMember(), reason.strip()));
        log.record(ProcessingOperation.ALTERATION, ProcessingLog.Subject.of(NominationService.CASE, caseId,
                maracCase.personIds()), null, "reopened");
        return cases.saveAndFlush(maracCase);
    }

    private MaracCase current(Long caseId, long expectedVersion) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        if (maracCase.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MaracCase.class, caseId);
        }
        return maracCase;
    }

    private Member actingMember() {
        return members.findActive(PortalUser.require().getMemberId());
    }
}
