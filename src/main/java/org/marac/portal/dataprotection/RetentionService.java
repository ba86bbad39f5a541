package org.marac.portal.dataprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.erasure.CaseErasure;
import org.marac.portal.dataprotection.internal.RetentionReviewRepository;
import org.marac.portal.nomination.ClosedCaseCatalog;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed cases are reviewed when their area's retention period ends: the data protection officer (any
 * area) or the area's chair keeps the case, with a reason and a date for the next review, or anonymises
 * it. Reviews are opened by a scheduled job ({@link RetentionReviewJob}).
 */
@Service
@Transactional
public class RetentionService {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final String SUBJECT = "CASE";

    private final RetentionReviewRepository reviews;
    private final ClosedCaseCatalog closedCases;
    private final List<CaseErasure> erasures;
    private final MaracAreaService areas;
    private final MemberService members;
    private final ProcessingLog log;
    private final Clock clock;

    RetentionService(RetentionReviewRepository reviews, ClosedCaseCatalog closedCases, List<CaseErasure> erasures,
            MaracAreaService areas, MemberService members, ProcessingLog log, Clock clock) {
        this.reviews = reviews;
        this.closedCases = closedCases;
        this.erasures = erasures;
        this.areas = areas;
        this.members = members;
        this.log = log;
        this.clock = clock;
    }

    /** Reviews waiting for a decision: every area's for the data protection officer, a chair's own areas' for a chair. */
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'CHAIR')")
    public List<RetentionReview> dueReviews() {
        PortalUser user = PortalUser.require();
        if (user.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            return reviews.findByStatusOrderByDueOnAscIdAsc(RetentionStatus.DUE);
        }
        List<Long> chaired = areas.areasChairedBy(user.getMemberId()).stream().map(MaracArea::getId).toList();
        return chaired.isEmpty() ? List.of()
                : reviews.findByStatusAndAreaIdInOrderByDueOnAscIdAsc(RetentionStatus.DUE, chaired);
    }

    /** Keeps the case until {@code nextReviewOn}, for a reason that is recorded and logged. */
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'CHAIR')")
    public RetentionReview retain(Long reviewId, long expectedVersion, String reason, LocalDate nextReviewOn) {
        RetentionReview review = decidable(reviewId, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "retention.reasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidFieldException("reason", "validation.max2000");
        }
        if (nextReviewOn == null || !nextReviewOn.isAfter(today()) || nextReviewOn.isAfter(today().plusYears(25))) {
            throw new InvalidFieldException("nextReviewOn", "retention.nextReviewRange");
        }
        review.decide(RetentionStatus.RETAINED, members.findActive(PortalUser.require().getMemberId()), clock.instant(),
                reason.strip(), nextReviewOn);
        log.record(ProcessingOperation.ALTERATION, ProcessingLog.Subject.of(SUBJECT, review.getCaseId(),
                closedCases.personIdsOf(review.getCaseId())), null, "retained until " + nextReviewOn + ": " + reason.strip());
        return reviews.saveAndFlush(review);
    }

    /** Replaces the case's personal data in every module; statistics stay. The erasure is logged with the people it concerned. */
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'CHAIR')")
    public RetentionReview anonymise(Long reviewId, long expectedVersion) {
        RetentionReview review = decidable(reviewId, expectedVersion);
        List<Long> people = closedCases.personIdsOf(review.getCaseId());
        erasures.forEach(erasure -> erasure.erase(review.getCaseId()));
        review.decide(RetentionStatus.ANONYMISED, members.findActive(PortalUser.require().getMemberId()), clock.instant(),
                null, null);
        log.record(ProcessingOperation.ERASURE, ProcessingLog.Subject.of(SUBJECT, review.getCaseId(), people), null,
                "anonymised after the retention period");
        return reviews.saveAndFlush(review);
    }

    private RetentionReview decidable(Long reviewId, long expectedVersion) {
        RetentionReview review = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("no such review"));
        PortalUser user = PortalUser.require();
        if (!user.hasRole(Role.DATA_PROTECTION_OFFICER) && areas.areasChairedBy(user.getMemberId()).stream()
                .noneMatch(area -> area.getId().equals(review.getAreaId()))) {
            throw new AccessDeniedException("not the chair of the case's area");
        }
        if (review.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RetentionReview.class, reviewId);
        }
        if (review.getStatus() != RetentionStatus.DUE) {
            throw new InvalidFieldException("reason", "retention.alreadyDecided");
        }
        return review;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
