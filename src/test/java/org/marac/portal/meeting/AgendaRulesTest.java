package org.marac.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.marac.portal.meeting.AgendaOrdering.Facts;
import org.marac.portal.meeting.AgendaRules.CaseFacts;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.RiskLevel;

/** Which cases an agenda lists and as what, and the order they come in: pure functions, no database. */
class AgendaRulesTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 12);

    @Nested
    class WhichCasesAreDue {

        private CaseFacts facts(CaseStatus status, boolean repeat, boolean discussed, boolean elsewhere,
                boolean openActions, LocalDate reviewOn) {
            return new CaseFacts(status, repeat, discussed, elsewhere, openActions, reviewOn);
        }

        @Test
        void anAcceptedCaseNeverHeardIsNewAndARepeatVictimsIsRepeat() {
            assertThat(AgendaRules.dueAs(facts(CaseStatus.ACCEPTED, false, false, false, false, null), MEETING_DAY))
                    .contains(AgendaItemKind.NEW);
            assertThat(AgendaRules.dueAs(facts(CaseStatus.ACCEPTED, true, false, false, false, null), MEETING_DAY))
                    .contains(AgendaItemKind.REPEAT);
        }

        @Test
        void aCaseListedBeforeButNotDiscussedIsStillNew() {
            assertThat(AgendaRules.dueAs(facts(CaseStatus.LISTED, false, false, false, false, null), MEETING_DAY))
                    .contains(AgendaItemKind.NEW);
        }

        @Test
        void casesOutsideMaracAreNeverListed() {
            for (CaseStatus status : List.of(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.DECLINED, CaseStatus.CLOSED)) {
                assertThat(AgendaRules.dueAs(facts(status, false, false, false, true, MEETING_DAY), MEETING_DAY))
                        .as(status.name()).isEmpty();
            }
        }

        @Test
        void aCaseOnAnotherMeetingStillToBeHeldIsNotListedTwice() {
            assertThat(AgendaRules.dueAs(facts(CaseStatus.ACCEPTED, false, false, true, false, null), MEETING_DAY)).isEmpty();
            assertThat(AgendaRules.dueAs(facts(CaseStatus.ACTIONS_OPEN, false, true, true, true, null), MEETING_DAY)).isEmpty();
        }

        @Test
        void aDiscussedCaseComesBackForReviewWhenAnEarlierMeetingsActionIsStillOpen() {
            assertThat(AgendaRules.dueAs(facts(CaseStatus.ACTIONS_OPEN, false, true, false, true, null), MEETING_DAY))
                    .contains(AgendaItemKind.REVIEW);
        }

        @Test
        void aDiscussedCaseComesBackWhenItsReviewDateHasComeByTheMeetingDayAndNotBefore() {
            assertThat(AgendaRules.dueAs(facts(CaseStatus.UNDER_REVIEW, false, true, false, false, MEETING_DAY), MEETING_DAY))
                    .contains(AgendaItemKind.REVIEW);
            assertThat(AgendaRules.dueAs(facts(CaseStatus.UNDER_REVIEW, false, true, false, false, MEETING_DAY.minusDays(3)),
                    MEETING_DAY)).contains(AgendaItemKind.REVIEW);
            assertThat(AgendaRules.dueAs(facts(CaseStatus.UNDER_REVIEW, false, true, false, false, MEETING_DAY.plusDays(1)),
                    MEETING_DAY)).isEmpty();
        }

        @Test
        void aDiscussedCaseWithNothingOpenAndNoReviewDateIsNotDue() {
            assertThat(AgendaRules.dueAs(facts(CaseStatus.UNDER_REVIEW, true, true, false, false, null), MEETING_DAY)).isEmpty();
        }

        @Test
        void aCaseAddedByHandIsAReviewIfDiscussedBeforeOtherwiseNewOrRepeat() {
            assertThat(AgendaRules.kindOf(false, true)).isEqualTo(AgendaItemKind.REVIEW);
            assertThat(AgendaRules.kindOf(true, true)).isEqualTo(AgendaItemKind.REVIEW);
            assertThat(AgendaRules.kindOf(true, false)).isEqualTo(AgendaItemKind.REPEAT);
            assertThat(AgendaRules.kindOf(false, false)).isEqualTo(AgendaItemKind.NEW);
        }
    }

    @Nested
    class TheOrder {

        private final Instant early = Instant.parse("2026-01-01T09:00:00Z");
        private final Instant late = Instant.parse("2026-02-01T09:00:00Z");

        private Facts facts(long id, AgendaItemKind kind, boolean children, RiskLevel risk, Instant waiting) {
            return new Facts(id, kind, children, risk, waiting);
        }

        private List<Long> order(AgendaOrdering ordering, Facts... entries) {
            return ordering.sort(List.of(entries), f -> f).stream().map(Facts::caseId).toList();
        }

        @Test
        void byDefaultChildrenFirstThenHighestRiskThenRepeatsThenReviews() {
            List<Long> order = order(AgendaOrdering.DEFAULT,
                    facts(1, AgendaItemKind.REVIEW, false, RiskLevel.HIGH, early),
                    facts(2, AgendaItemKind.NEW, false, RiskLevel.MEDIUM, early),
                    facts(3, AgendaItemKind.NEW, true, RiskLevel.STANDARD, late),
                    facts(4, AgendaItemKind.REPEAT, false, RiskLevel.HIGH, late),
                    facts(5, AgendaItemKind.NEW, false, RiskLevel.HIGH, late),
                    facts(6, AgendaItemKind.NEW, false, null, early),
                    facts(7, AgendaItemKind.REVIEW, true, RiskLevel.HIGH, early));
            // 7 and 3 have children (7's higher risk first); among HIGH: the repeat 4, then new 5, then review 1;
            // then MEDIUM 2; a case without an endorsed level comes last.
            assertThat(order).containsExactly(7L, 3L, 4L, 5L, 1L, 2L, 6L);
        }

        @Test
        void tiesGoToTheCaseThatHasWaitedLongestThenToTheLowestId() {
            assertThat(order(AgendaOrdering.DEFAULT,
                    facts(9, AgendaItemKind.NEW, false, RiskLevel.HIGH, late),
                    facts(8, AgendaItemKind.NEW, false, RiskLevel.HIGH, early),
                    facts(3, AgendaItemKind.NEW, false, RiskLevel.HIGH, null),
                    facts(2, AgendaItemKind.NEW, false, RiskLevel.HIGH, null)))
                    .containsExactly(8L, 9L, 2L, 3L);
        }

        @Test
        void anAreaCanPutRiskBeforeChildrenAndDropSteps() {
            AgendaOrdering riskFirst = new AgendaOrdering(List.of(OrderingCriterion.HIGHEST_RISK_FIRST,
                    OrderingCriterion.CHILDREN_FIRST));
            assertThat(order(riskFirst,
                    facts(1, AgendaItemKind.NEW, true, RiskLevel.MEDIUM, early),
                    facts(2, AgendaItemKind.REVIEW, false, RiskLevel.HIGH, late),
                    facts(3, AgendaItemKind.NEW, false, RiskLevel.HIGH, early)))
                    .containsExactly(3L, 2L, 1L);
        }

        @Test
        void reviewsFirstIsNotAStepButRepeatsCanLead() {
            AgendaOrdering repeatsFirst = new AgendaOrdering(List.of(OrderingCriterion.REPEATS_FIRST));
            assertThat(order(repeatsFirst,
                    facts(1, AgendaItemKind.NEW, true, RiskLevel.HIGH, early),
                    facts(2, AgendaItemKind.REPEAT, false, RiskLevel.STANDARD, late)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void theRuleIsStoredAndReadBackAndAStepCannotAppearTwice() {
            AgendaOrdering rule = new AgendaOrdering(List.of(OrderingCriterion.REVIEWS_LAST, OrderingCriterion.CHILDREN_FIRST));
            assertThat(AgendaOrdering.decode(rule.encode())).isEqualTo(rule);
            assertThat(AgendaOrdering.decode(null)).isEqualTo(AgendaOrdering.DEFAULT);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AgendaOrdering(List.of(
                    OrderingCriterion.CHILDREN_FIRST, OrderingCriterion.CHILDREN_FIRST)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void sortingLeavesTheInputAlone() {
            List<Facts> input = List.of(facts(2, AgendaItemKind.NEW, false, RiskLevel.MEDIUM, early),
                    facts(1, AgendaItemKind.NEW, true, RiskLevel.MEDIUM, early));
            AgendaOrdering.DEFAULT.sort(input, f -> f);
            assertThat(input).extracting(Facts::caseId).containsExactly(2L, 1L);
        }
    }
}
