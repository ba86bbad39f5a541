package org.marac.portal.scrutiny;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.action.ActionService;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.scrutiny.internal.CaseReviewRepository;
import org.marac.portal.scrutiny.internal.ReviewCaseRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing a released case: each member rates every criterion (met, partly met, not met, can't tell) with a
 * comment, then the panel agrees one finding per case at the meeting, recorded by its chair. Members see
 * only their own review until the finding is agreed, so that nobody anchors on another's; the chair sees
 * all the submitted reviews to lead the discussion.
 */
@Service
@Transactional
public class CaseReviewService {

    private final ReviewCaseRepository reviewCases;
    private final CaseReviewRepository reviews;
    private final PseudonymisedCaseService pseudonymised;
    private final ActionService actions;
    private final ScrutinyAccess access;
    private final Clock clock;

    CaseReviewService(ReviewCaseRepository reviewCases, CaseReviewRepository reviews,
            PseudonymisedCaseService pseudonymised, ActionService actions, ScrutinyAccess access, Clock clock) {
        this.reviewCases = reviewCases;
        this.reviews = reviews;
        this.pseudonymised = pseudonymised;
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    /** The case as the panel member sees it; reading it is logged against the case's people. */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public CaseForReview open(Long reviewCaseId) {
        ReviewCase reviewCase = released(reviewCaseId);
        ReviewMeeting meeting = reviewCase.getMeeting();
        PortalUser user = PortalUser.require();
        boolean chair = meeting.getPanel().isChairedBy(user);
        var facts = pseudonymised.forReview(reviewCase.getCaseId());
        var caseActions = actions.factsForScrutiny(reviewCase.getCaseId());
        // Checked again on every showing: the case may have changed since release (closed again after a reopening).
        boolean heldBack = reviewCase.getSummary() == null || !pseudonymised.identifiersIn(List.of(reviewCase.getCaseId()),
                List.of(reviewCase.getSummary())).get(0).isEmpty();
        List<CaseReview> all = reviews.findByReviewCase(reviewCaseId);
        CaseForReview.Review mine = all.stream().filter(r -> r.getMember().getId().equals(user.getMemberId()))
                .findFirst().map(CaseReviewService::view).orElse(null);
        List<CaseForReview.Review> panel = chair || reviewCase.isFindingAgreed()
                ? all.stream().filter(CaseReview::isSubmitted).map(CaseReviewService::view).toList() : List.of();
        return new CaseForReview(reviewCaseId, meeting.getId(), reviewCase.getLabelNumber(), meeting.getPanel().getName(), meeting.getTheme(),
                meeting.getMeetingDate(), chair, facts, caseActions, heldBack ? null : reviewCase.getSummary(), heldBack,
                meeting.getCriteria().stream().map(c -> new CaseForReview.Criterion(c.getId(), c.getTitle(), c.getGuidance()))
                        .toList(), mine, panel,
                new CaseForReview.Finding(reviewCase.getVersion(), Map.copyOf(reviewCase.getFindings()),
                        reviewCase.getFindingText(), reviewCase.isFindingAgreed()));
    }

    /**
     * Saves the acting member's review; submitting needs a rating for every criterion. Reviews close when the
     * panel agrees its finding. {@code expectedVersion} is null for a first save.
     */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public CaseReview saveReview(Long reviewCaseId, Long expectedVersion, Map<Long, RatedCriterion> ratings,
            String overallComment, boolean submit) {
        ReviewCase reviewCase = released(reviewCaseId);
        if (reviewCase.isFindingAgreed()) {
            throw new InvalidFieldException("ratings", "scrutiny.review.closed");
        }
        Set<Long> criteria = criterionIds(reviewCase);
        Map<Long, RatedCriterion> kept = new HashMap<>();
        ratings.forEach((criterionId, rated) -> {
            if (!criteria.contains(criterionId)) {
                throw new InvalidFieldException("ratings", "scrutiny.review.unknownCriterion");
            }
            if (rated != null && rated.getComment() != null && rated.getComment().length() > 2000) {
                throw new InvalidFieldException("ratings", "validation.max2000");
            }
            if (rated != null && (rated.getRating() != null || rated.getComment() != null)) {
                kept.put(criterionId, rated);
            }
        });
        if (overallComment != null && overallComment.strip().length() > 4000) {
            throw new InvalidFieldException("overallComment", "validation.max4000");
        }
        if (submit && !criteria.stream().allMatch(id -> kept.containsKey(id) && kept.get(id).getRating() != null)) {
            throw new InvalidFieldException("ratings", "scrutiny.review.incomplete");
        }
        PortalUser user = PortalUser.require();
        CaseReview review = reviews.findOne(reviewCaseId, user.getMemberId()).orElse(null);
        boolean created = review == null;
        if (created) {
            review = new CaseReview(reviewCase, access.acting());
        } else if (expectedVersion == null || review.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseReview.class, review.getId());
        }
        review.write(kept, overallComment);
        if (submit) {
            review.submit(clock.instant());
        }
        CaseReview saved = reviews.saveAndFlush(review);
        pseudonymised.logScrutinyWork(reviewCase.getCaseId(), created ? ProcessingOperation.COLLECTION
                : ProcessingOperation.ALTERATION, (submit ? "review submitted" : "review saved") + " for case "
                + reviewCase.getLabelNumber() + " of review meeting " + reviewCase.getMeeting().getId());
        return saved;
    }

    /** The chair records the finding the panel agreed: a rating for every criterion, and what it learned. */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewCase agreeFinding(Long reviewCaseId, long expectedVersion, Map<Long, CriterionRating> agreed,
            String finding) {
        ReviewCase reviewCase = released(reviewCaseId);
        access.chair(reviewCase.getMeeting().getPanel());
        if (reviewCase.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReviewCase.class, reviewCaseId);
        }
        Set<Long> criteria = criterionIds(reviewCase);
        if (!agreed.keySet().equals(criteria) || agreed.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidFieldException("findings", "scrutiny.finding.incomplete");
        }
        String text = finding == null || finding.isBlank() ? null : finding.strip();
        if (text == null) {
            throw new InvalidFieldException("findingText", "scrutiny.finding.textRequired");
        }
        if (text.length() > 4000) {
            throw new InvalidFieldException("findingText", "validation.max4000");
        }
        reviewCase.agreeFinding(agreed, text, access.acting(), clock.instant());
        ReviewCase saved = reviewCases.saveAndFlush(reviewCase);
        pseudonymised.logScrutinyWork(reviewCase.getCaseId(), ProcessingOperation.ALTERATION, "finding agreed for case "
                + reviewCase.getLabelNumber() + " of review meeting " + reviewCase.getMeeting().getId());
        return saved;
    }

    /**
     * What scrutiny panels hold about a case, for a subject access request: every selection of it, the
     * released summary, a swap's reason, the agreed finding and the members' comments (without their names,
     * which are not the subject's data).
     */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<SubjectAccessRecord> forSubjectAccess(Long caseId) {
        return reviewCases.findByCase(caseId).stream().map(reviewCase -> {
            ReviewMeeting meeting = reviewCase.getMeeting();
            Map<String, CriterionRating> agreed = new java.util.LinkedHashMap<>();
            meeting.getCriteria().stream().filter(c -> reviewCase.getFindings().containsKey(c.getId()))
                    .forEach(c -> agreed.put(c.getTitle(), reviewCase.getFindings().get(c.getId())));
            List<String> comments = new java.util.ArrayList<>();
            for (CaseReview review : reviews.findByReviewCase(reviewCase.getId())) {
                review.getRatings().values().stream().map(RatedCriterion::getComment).filter(java.util.Objects::nonNull)
                        .forEach(comments::add);
                if (review.getOverallComment() != null) {
                    comments.add(review.getOverallComment());
                }
            }
            return new SubjectAccessRecord(meeting.getPanel().getName(), meeting.getMeetingDate(), meeting.getTheme(),
                    reviewCase.getLabelNumber(), reviewCase.getStatus(), reviewCase.getSummary(), reviewCase.getSwapReason(),
                    reviewCase.getSwapNote(), agreed, reviewCase.getFindingText(), comments);
        }).toList();
    }

    /** One selection of a case by a scrutiny panel, as a subject access request reports it. */
    public record SubjectAccessRecord(String panel, java.time.LocalDate meetingDate, String theme, int label,
            SelectionStatus status, String summary, SwapReason swapReason, String swapNote,
            Map<String, CriterionRating> agreedFinding, String finding, List<String> memberComments) {
    }

    /** A case released to the panel of an open meeting, for one of its members; otherwise as if not there. */
    private ReviewCase released(Long reviewCaseId) {
        ReviewCase reviewCase = access.reviewCase(reviewCaseId);
        access.member(reviewCase.getMeeting().getPanel());
        if (reviewCase.getStatus() != SelectionStatus.RELEASED || reviewCase.getMeeting().isConcluded()) {
            return access.refuse("REVIEW_CASE", reviewCaseId);
        }
        return reviewCase;
    }

    private static Set<Long> criterionIds(ReviewCase reviewCase) {
        return reviewCase.getMeeting().getCriteria().stream().map(ReviewCriterion::getId).collect(Collectors.toSet());
    }

    private static CaseForReview.Review view(CaseReview review) {
        Map<Long, CaseForReview.Rated> ratings = new HashMap<>();
        review.getRatings().forEach((id, rated) -> ratings.put(id, new CaseForReview.Rated(rated.getRating(), rated.getComment())));
        return new CaseForReview.Review(review.getId(), review.getVersion(), review.getMember().getDisplayName(), ratings,
                review.getOverallComment(), review.isSubmitted());
    }
}
