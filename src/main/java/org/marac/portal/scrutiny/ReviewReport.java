package org.marac.portal.scrutiny;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;

/**
 * A review meeting's report for publication: aggregate and anonymised. How the cases were chosen, what kind
 * of cases they were (counts only), the panel's agreed ratings per criterion (counts only), and the
 * recommendations with the agencies' answers. No case appears on its own; no text of a case appears at all.
 */
public record ReviewReport(String panelName, List<String> areas, LocalDate meetingDate, String theme, boolean draft,
        Selection selection, Profile profile, List<CriterionResult> criteria, List<RecommendationLine> recommendations,
        LocalDate asAt) {

    /** The draw, as anyone checking it needs it. */
    public record Selection(String seed, int candidates, int sampleSize, int selected, Map<SwapReason, Long> swaps,
            SampleFilter filter, List<String> filterAreas) {
    }

    /** What kind of cases were reviewed: counts, never a case. */
    public record Profile(int reviewed, Map<Strand, Long> strands, Map<CpsOutcome, Long> cpsOutcomes,
            Map<RiskLevel, Long> finalRisks, long repeats) {
    }

    public record CriterionResult(String title, Map<CriterionRating, Long> counts) {
    }

    public record RecommendationLine(int number, String agency, String text, YearMonth due, ResponseDecision response,
            String actionTaken, Recommendation.Progress progress) {
    }
}
