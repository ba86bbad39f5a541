package org.marac.portal.scrutiny;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.IdentifierFinding;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.scrutiny.internal.RecommendationRepository;
import org.marac.portal.scrutiny.internal.ReviewCaseRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Recommendations from a review meeting to agencies, with due dates; the agency's lead answers each
 * (accepted, partly accepted, rejected) with the action taken; the panel tracks and closes them. Both are
 * published, so neither may name or otherwise identify anyone in the meeting's cases.
 */
@Service
@Validated
@Transactional
public class RecommendationService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final RecommendationRepository recommendations;
    private final ReviewCaseRepository reviewCases;
    private final PseudonymisedCaseService pseudonymised;
    private final ScrutinyAccess access;
    private final Clock clock;

    RecommendationService(RecommendationRepository recommendations, ReviewCaseRepository reviewCases,
            PseudonymisedCaseService pseudonymised, ScrutinyAccess access, Clock clock) {
        this.recommendations = recommendations;
        this.reviewCases = reviewCases;
        this.pseudonymised = pseudonymised;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    @Transactional(readOnly = true)
    public List<Recommendation> forMeeting(Long meetingId) {
        ReviewMeeting meeting = access.meeting(meetingId);
        access.member(meeting.getPanel());
        return recommendations.findByMeeting(meetingId);
    }

    /** A refusal for identifying words keeps the log of the check (nothing else has changed by then). */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    @Transactional(noRollbackFor = IdentifyingTextException.class)
    public Recommendation create(Long meetingId, @Valid Recommendation recommendation) {
        ReviewMeeting meeting = access.meeting(meetingId);
        access.chair(meeting.getPanel());
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            throw new InvalidFieldException("text", "scrutiny.recommendation.noCases");
        }
        if (recommendation.getDueDate().isBefore(today())) {
            throw new InvalidFieldException("dueDate", "scrutiny.recommendation.dueInPast");
        }
        refuseIdentifying(meeting, "text", recommendation.getText());
        recommendation.madeAt(meeting, access.acting());
        return recommendations.saveAndFlush(recommendation);
    }

    /** The panel closes a recommendation once it is satisfied with the agency's answer. */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public Recommendation close(Long recommendationId, long expectedVersion) {
        Recommendation recommendation = find(recommendationId);
        access.chair(recommendation.getMeeting().getPanel());
        checkVersion(recommendation, expectedVersion);
        if (recommendation.getResponse() == null) {
            throw new InvalidFieldException("response", "scrutiny.recommendation.notAnswered");
        }
        recommendation.close(access.acting(), clock.instant());
        return recommendations.saveAndFlush(recommendation);
    }

    /** Recommendations addressed to the acting agency lead's agency, open ones first. */
    @PreAuthorize("hasRole('AGENCY_LEAD')")
    @Transactional(readOnly = true)
    public List<Recommendation> forMyAgency() {
        return recommendations.findByAgency(PortalUser.require().getAgencyId());
    }

    /**
     * The agency lead answers (and may revise the answer until the panel closes the recommendation). A refusal
     * for identifying words keeps the log of the check.
     */
    @PreAuthorize("hasRole('AGENCY_LEAD')")
    @Transactional(noRollbackFor = IdentifyingTextException.class)
    public Recommendation respond(Long recommendationId, long expectedVersion, ResponseDecision decision,
            String actionTaken) {
        Recommendation recommendation = find(recommendationId);
        if (!Objects.equals(recommendation.getAgency().getId(), PortalUser.require().getAgencyId())) {
            return access.refuse("SCRUTINY_RECOMMENDATION", recommendationId);
        }
        checkVersion(recommendation, expectedVersion);
        if (recommendation.getClosedAt() != null) {
            throw new InvalidFieldException("response", "scrutiny.recommendation.closed");
        }
        if (decision == null) {
            throw new InvalidFieldException("response", "scrutiny.recommendation.decisionRequired");
        }
        String action = actionTaken == null || actionTaken.isBlank() ? null : actionTaken.strip();
        if (action == null) {
            throw new InvalidFieldException("actionTaken", decision == ResponseDecision.REJECTED
                    ? "scrutiny.recommendation.whyRejected" : "scrutiny.recommendation.actionRequired");
        }
        if (action.length() > 2000) {
            throw new InvalidFieldException("actionTaken", "validation.max2000");
        }
        refuseIdentifying(recommendation.getMeeting(), "actionTaken", action);
        recommendation.respond(decision, action, access.acting(), clock.instant());
        return recommendations.saveAndFlush(recommendation);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** Published words must not identify anyone in any case the meeting selected (swapped-out ones included). */
    private void refuseIdentifying(ReviewMeeting meeting, String field, String text) {
        List<Long> caseIds = reviewCases.findByMeeting(meeting.getId()).stream().map(ReviewCase::getCaseId).toList();
        if (caseIds.isEmpty()) {
            return;
        }
        List<IdentifierFinding> findings = pseudonymised.identifiersIn(caseIds, List.of(text)).get(0);
        if (!findings.isEmpty()) {
            throw new IdentifyingTextException(field, "scrutiny.text.identifying", findings);
        }
    }

    private Recommendation find(Long recommendationId) {
        return (recommendationId == null ? null : recommendations.findById(recommendationId).orElse(null))
                instanceof Recommendation found ? found : access.refuse("SCRUTINY_RECOMMENDATION", recommendationId);
    }

    private static void checkVersion(Recommendation recommendation, long expectedVersion) {
        if (recommendation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Recommendation.class, recommendation.getId());
        }
    }
}
