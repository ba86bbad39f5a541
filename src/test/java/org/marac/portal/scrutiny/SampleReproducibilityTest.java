package org.marac.portal.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same seed, the same filter and the same closed cases always give the same sample; the draw is kept
 * so it can be checked later; swaps take the next case of the same draw.
 */
@PortalTest
class SampleReproducibilityTest {

    @Autowired
    ScrutinyFixtures fixtures;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<Long> sampleOf(ReviewMeeting meeting) {
        signIn.as(meeting.getPanel().getChair());
        return meetings.selection(meeting.getId()).stream().map(ReviewMeetingService.SelectedCase::reviewCase)
                .sorted(Comparator.comparingInt(ReviewCase::getDrawRank)).map(ReviewCase::getCaseId).toList();
    }

    @Test
    void theSameSeedFilterAndCasesGiveTheSameSampleAndTheDrawCanBeCheckedLater() {
        SampleFilter filter = ScrutinyFixtures.only(Strand.SEXUAL_ORIENTATION, ClosureReason.VICTIM_DECLINED_SUPPORT,
                CpsOutcome.SENT_TO_CPS, RiskLevel.STANDARD);
        List<Long> closed = List.of("Aled", "Bryn", "Cai", "Dafydd", "Emrys", "Ffion").stream()
                .map(given -> fixtures.closedCase(given, "Drawn", Strand.SEXUAL_ORIENTATION,
                        ClosureReason.VICTIM_DECLINED_SUPPORT, CpsOutcome.SENT_TO_CPS, RiskLevel.STANDARD).getId())
                .toList();
        ScrutinyPanel panel = fixtures.panel("Draw panel", demo.get("scrutiny-chair"));
        fixtures.accept(panel, demo.get("scrutiny-chair"));

        ReviewMeeting first = fixtures.drawn(panel, filter, 3, "lottery 2026-11-21: 4 17 23 31 40 52");
        ReviewMeeting again = fixtures.drawn(panel, filter, 3, "lottery 2026-11-21: 4 17 23 31 40 52");
        ReviewMeeting other = fixtures.drawn(panel, filter, 3, "a different seed");

        assertThat(first.getDrawnOrder()).containsExactlyInAnyOrderElementsOf(closed);
        assertThat(sampleOf(first)).hasSize(3).isEqualTo(sampleOf(again))
                .isEqualTo(SampleDraw.order("lottery 2026-11-21: 4 17 23 31 40 52", closed).subList(0, 3));
        assertThat(first.getDrawnOrder()).isEqualTo(again.getDrawnOrder());
        assertThat(other.getDrawnOrder()).isNotEqualTo(first.getDrawnOrder());
        assertThat(first.getSeed()).isEqualTo("lottery 2026-11-21: 4 17 23 31 40 52");
        assertThat(first.getFilter().strands()).containsExactly(Strand.SEXUAL_ORIENTATION);
        assertThat(first.getFilter().areaIds()).isNotEmpty();
        assertThat(first.getCriteria()).hasSize(8);

        ReviewMeetingService.DrawCheck check = meetings.checkDraw(first.getId());
        assertThat(check.sampleReproduced()).isTrue();
        assertThat(check.sameCandidatesNow()).isTrue();
        assertThat(check.candidatesThen()).isEqualTo(6);

        // A case closing later changes what the filter finds today, never the sample as drawn.
        fixtures.closedCase("Gwen", "Later", Strand.SEXUAL_ORIENTATION, ClosureReason.VICTIM_DECLINED_SUPPORT,
                CpsOutcome.SENT_TO_CPS, RiskLevel.STANDARD);
        signIn.as(demo.get("scrutiny-chair"));
        check = meetings.checkDraw(first.getId());
        assertThat(check.sampleReproduced()).isTrue();
        assertThat(check.sameCandidatesNow()).isFalse();
        assertThat(check.candidatesNow()).isEqualTo(7);

        // A blank seed is replaced by a fresh random one, which is recorded.
        ReviewMeeting random = fixtures.drawn(panel, filter, 2, " ");
        assertThat(random.getSeed()).hasSize(16);
        assertThat(sampleOf(random)).isEqualTo(SampleDraw.order(random.getSeed(), random.getDrawnOrder()).subList(0, 2));
    }

    @Test
    void aSwapTakesTheNextCaseOfTheSameDrawForARecordedReason() {
        SampleFilter filter = ScrutinyFixtures.only(Strand.SEXUAL_ORIENTATION, ClosureReason.OTHER, CpsOutcome.SENT_TO_CPS,
                RiskLevel.HIGH);
        for (String given : List.of("Hana", "Iolo", "Jac")) {
            fixtures.closedCase(given, "Swapped", Strand.SEXUAL_ORIENTATION, ClosureReason.OTHER, CpsOutcome.SENT_TO_CPS,
                    RiskLevel.HIGH);
        }
        ScrutinyPanel panel = fixtures.panel("Swap panel", demo.get("scrutiny-chair"));
        fixtures.accept(panel, demo.get("scrutiny-chair"));
        ReviewMeeting meeting = fixtures.drawn(panel, filter, 2, "swap-seed");
        List<Long> order = meeting.getDrawnOrder();
        ReviewCase first = fixtures.selected(meeting, order.get(0));

        assertThatThrownBy(() -> meetings.swap(first.getId(), first.getVersion(), null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.swap.reasonRequired"));
        assertThatThrownBy(() -> meetings.swap(first.getId(), first.getVersion(), SwapReason.OTHER, " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.swap.noteRequired"));

        Optional<ReviewCase> replacement = meetings.swap(first.getId(), first.getVersion(), SwapReason.CONFLICT_OF_INTEREST, null);
        assertThat(replacement).hasValueSatisfying(rc -> {
            assertThat(rc.getCaseId()).isEqualTo(order.get(2));
            assertThat(rc.getLabelNumber()).isEqualTo(1);
            assertThat(rc.getDrawRank()).isEqualTo(2);
        });
        ReviewCase second = fixtures.selected(meeting, order.get(1));
        assertThat(meetings.swap(second.getId(), second.getVersion(), SwapReason.OTHER, "Record incomplete")).isEmpty();
        List<ReviewCase> all = meetings.selection(meeting.getId()).stream().map(ReviewMeetingService.SelectedCase::reviewCase).toList();
        assertThat(all).filteredOn(rc -> rc.getStatus() == SelectionStatus.SWAPPED_OUT)
                .extracting(ReviewCase::getSwapReason).containsExactlyInAnyOrder(SwapReason.CONFLICT_OF_INTEREST, SwapReason.OTHER);
        // The draw itself is unchanged by swaps.
        assertThat(meetings.checkDraw(meeting.getId()).sampleReproduced()).isTrue();
    }

    @Test
    void oneDrawPerMeetingFromThePanelsOwnAreasWithASensibleSizeAndPeriod() {
        ScrutinyPanel panel = fixtures.panel("Rules panel", demo.get("scrutiny-chair"));
        fixtures.accept(panel, demo.get("scrutiny-chair"));
        signIn.as(demo.get("scrutiny-chair"));
        ReviewMeeting planned = ReviewMeeting.blank();
        planned.setMeetingDate(LocalDate.now().plusDays(10));
        planned.setTheme("Rules");
        ReviewMeeting meeting = meetings.plan(panel.getId(), planned);
        SampleFilter nothing = ScrutinyFixtures.only(Strand.SEXUAL_ORIENTATION, ClosureReason.VICTIM_MOVED_AWAY,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        assertThatThrownBy(() -> meetings.draw(meeting.getId(), meeting.getVersion(), SampleFilter.any(), 0, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.draw.size.range"));
        assertThatThrownBy(() -> meetings.draw(meeting.getId(), meeting.getVersion(), SampleFilter.any(), 21, null))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> meetings.draw(meeting.getId(), meeting.getVersion(), new SampleFilter(Set.of(-1L), Set.of(),
                null, null, Set.of(), Set.of(), Set.of(), Set.of(), true), 3, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.draw.areaNotPanel"));
        assertThatThrownBy(() -> meetings.draw(meeting.getId(), meeting.getVersion(), new SampleFilter(Set.of(), Set.of(),
                LocalDate.now(), LocalDate.now().minusDays(1), Set.of(), Set.of(), Set.of(), Set.of(), true), 3, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.draw.period"));
        assertThatThrownBy(() -> meetings.draw(meeting.getId(), meeting.getVersion(), nothing, 3, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.draw.noCandidates"));

        MaracCase closed = fixtures.closedCase("Kit", "Onedraw", Strand.SEXUAL_ORIENTATION, ClosureReason.VICTIM_MOVED_AWAY,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        signIn.as(demo.get("scrutiny-chair"));
        ReviewMeeting drawn = meetings.draw(meeting.getId(), meeting.getVersion(), nothing, 3, null);
        assertThat(drawn.getDrawnOrder()).containsExactly(closed.getId());
        assertThatThrownBy(() -> meetings.draw(drawn.getId(), drawn.getVersion(), nothing, 3, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("scrutiny.draw.alreadyDrawn"));
    }
}
