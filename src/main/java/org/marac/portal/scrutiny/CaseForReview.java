package org.marac.portal.scrutiny;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marac.portal.action.ActionFacts;
import org.marac.portal.nomination.PseudonymisedCase;

/**
 * Everything a panel member sees of a selected case, and nothing else: the pseudonymised facts, the actions
 * without their words, the released summary (held back if it no longer passes the identifier check), the
 * meeting's criteria, the member's own review, and (for the chair, or once agreed) the panel's reviews and
 * finding. Known to the panel as "Case N".
 */
public record CaseForReview(Long reviewCaseId, Long meetingId, int label, String panelName, String theme, LocalDate meetingDate,
        boolean chair, PseudonymisedCase facts, List<ActionFacts> actions, String summary, boolean summaryHeldBack,
        List<Criterion> criteria, Review myReview, List<Review> panelReviews, Finding finding) {

    public record Criterion(Long id, String title, String guidance) {
    }

    public record Rated(CriterionRating rating, String comment) {
    }

    public record Review(Long id, long version, String reviewer, Map<Long, Rated> ratings, String overallComment,
            boolean submitted) {
    }

    public record Finding(long reviewCaseVersion, Map<Long, CriterionRating> ratings, String text, boolean agreed) {
    }
}
