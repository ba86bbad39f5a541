package org.marac.portal.scrutiny;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The scrutiny views as each role uses them: member, panel chair, area chair, agency lead, administrator. */
class ScrutinyViewsTest extends KaribuTest {

    @Autowired
    ScrutinyFixtures fixtures;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    AgencyService agencies;

    private static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewMemberAcceptsTheAgreementThenReviewsAReleasedCaseSeeingNoIdentity() {
        Member member = fixtures.newMember("View Member", Role.SCRUTINY_MEMBER);
        MaracCase closed = fixtures.closedCase("Perpetua", "Viewcase", Strand.DISABILITY, ClosureReason.OTHER,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        ScrutinyPanel panel = fixtures.panel("View panel", demo.get("scrutiny-chair"), member);
        fixtures.accept(panel, demo.get("scrutiny-chair"));
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.DISABILITY, ClosureReason.OTHER,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD), 4, "view");
        ReviewCase released = fixtures.release(meeting, closed.getId());

        openAs(member);
        UI.getCurrent().navigate("scrutiny/cases/" + released.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Scrutiny reviews");
        Button accept = _get(Button.class, spec -> spec.withId("accept-agreement"));
        assertThat(accept.isEnabled()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("I have read the confidentiality agreement and I agree to keep to it")), true);
        _click(accept);
        assertThat(_find(Button.class, spec -> spec.withId("accept-agreement"))).isEmpty();
        assertThat(pageText()).contains("You accepted version 1 of the confidentiality agreement");

        UI.getCurrent().navigate("scrutiny/meetings/" + meeting.getId());
        Grid<ReviewMeetingService.SelectedCase> cases = _get(Grid.class, spec -> spec.withId("selected-cases"));
        assertThat(GridKt._size(cases)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(cases, 0, "open"));
        assertThat(_get(H1.class).getText()).isEqualTo("Case " + released.getLabelNumber());
        assertThat(pageText()).contains("The victim was abused repeatedly", "Victim", "Disability")
                .doesNotContain("Perpetua", "Viewcase", "NG8 2AA", closed.getReference(), "1980");

        _click(_get(Button.class, spec -> spec.withId("submit-review")));
        List<RadioButtonGroup<CriterionRating>> ratings = _find(RadioButtonGroup.class).stream()
                .map(group -> (RadioButtonGroup<CriterionRating>) group).toList();
        assertThat(ratings).hasSize(8).allSatisfy(group -> {
            assertThat(group.isInvalid()).isTrue();
            assertThat(group.getErrorMessage()).isEqualTo("Choose a rating");
        });
        ratings.forEach(group -> _setValue(group, CriterionRating.PARTLY_MET));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment on: Referral to support")), "Offered late.");
        _click(_get(Button.class, spec -> spec.withId("submit-review")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-state")).getText()).isEqualTo("Your review is submitted.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePanelChairDrawsFromTheFormAndChecksTheDraw() {
        MaracCase closed = fixtures.closedCase("Quentin", "Drawform", Strand.DISABILITY, ClosureReason.VICTIM_MOVED_AWAY,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        ScrutinyPanel panel = fixtures.panel("Form panel", demo.get("scrutiny-chair"));
        fixtures.accept(panel, demo.get("scrutiny-chair"));
        signIn.as(demo.get("scrutiny-chair"));
        ReviewMeeting planned = ReviewMeeting.blank();
        planned.setMeetingDate(LocalDate.now().plusDays(20));
        planned.setTheme("Moved away");
        ReviewMeeting meeting = meetings.plan(panel.getId(), planned);

        openAs("scrutiny-chair");
        UI.getCurrent().navigate("scrutiny/meetings/" + meeting.getId());
        _click(_get(Button.class, spec -> spec.withId("change-meeting")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Theme")), "Victims who moved away");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(pageText()).contains("Victims who moved away");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Hate strands")), Set.of(Strand.DISABILITY));
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Reason for closing")), Set.of(ClosureReason.VICTIM_MOVED_AWAY));
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Did the case reach the CPS?")), Set.of(CpsOutcome.NOT_KNOWN));
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Final risk level")), Set.of(RiskLevel.STANDARD));
        IntegerField size = _get(IntegerField.class, spec -> spec.withLabel("Number of cases"));
        _setValue(size, 0);
        _click(_get(Button.class, spec -> spec.withId("draw-sample")));
        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).isEqualTo("Choose between 1 and 20 cases");
        _setValue(size, 3);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Seed")), "form seed");
        _click(_get(Button.class, spec -> spec.withId("draw-sample")));

        Grid<ReviewMeetingService.SelectedCase> cases = _get(Grid.class, spec -> spec.withId("selected-cases"));
        assertThat(GridKt._get(cases, 0).reviewCase().getCaseId()).isEqualTo(closed.getId());
        assertThat(pageText()).contains("form seed", "One case drawn at random from the one matching closed case");
        _click(_get(Button.class, spec -> spec.withId("check-draw")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("draw-check")).getText()).startsWith("Reproduced: seed form seed");
    }

    @Test
    void theAreaChairCannotReleaseASummaryThatNamesTheVictimAndSeesWhatMatched() {
        MaracCase closed = fixtures.closedCase("Rosalind", "Summaryview", Strand.DISABILITY, ClosureReason.RISK_REDUCED,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        ScrutinyPanel panel = fixtures.panel("Summary panel", demo.get("scrutiny-chair"));
        fixtures.accept(panel, demo.get("scrutiny-chair"));
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.DISABILITY, ClosureReason.RISK_REDUCED,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD), 2, "summary");
        ReviewCase selected = fixtures.selected(meeting, closed.getId());

        openAs("chair");
        UI.getCurrent().navigate("scrutiny/summaries");
        @SuppressWarnings("unchecked")
        Grid<SummaryService.Task> tasks = _get(Grid.class, spec -> spec.withId("summary-tasks"));
        assertThat(GridKt._findAll(tasks)).extracting(SummaryService.Task::reference).contains(closed.getReference());
        UI.getCurrent().navigate("scrutiny/summaries/" + selected.getId());
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("must-not-appear")).getElement().getTextRecursively())
                .contains("Rosalind", "Summaryview", "NG8 2AA");
        TextArea summary = _get(TextArea.class, spec -> spec.withLabel("Summary for the panel"));
        _setValue(summary, "Rosalind was abused near ng8 2aa.");
        _click(_get(Button.class, spec -> spec.withId("release-summary")));
        assertThat(summary.isInvalid()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("summary-findings")).getElement().getTextRecursively())
                .contains("Victim: a name \"rosalind\"", "Victim: a postcode");
        _setValue(summary, "The victim was abused near home for months.");
        _click(_get(Button.class, spec -> spec.withId("release-summary")));
        assertThat(pageText()).contains("Status: Released to the panel");
    }

    @Test
    void anAgencyLeadAnswersARecommendationToTheirAgency() {
        MaracCase closed = fixtures.closedCase("Sybil", "Answered", Strand.DISABILITY, ClosureReason.VICTIM_DECLINED_SUPPORT,
                CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD);
        ScrutinyPanel panel = fixtures.panel("Answer panel", demo.get("scrutiny-chair"));
        fixtures.accept(panel, demo.get("scrutiny-chair"));
        ReviewMeeting meeting = fixtures.drawn(panel, ScrutinyFixtures.only(Strand.DISABILITY,
                ClosureReason.VICTIM_DECLINED_SUPPORT, CpsOutcome.NOT_KNOWN, RiskLevel.STANDARD), 2, "answer");
        assertThat(meeting.getDrawnOrder()).contains(closed.getId());
        Recommendation recommendation = Recommendation.blank();
        recommendation.setAgency(demo.get("victim-support").getAgency());
        recommendation.setText("Offer easy-read letters to every disabled victim.");
        recommendation.setDueDate(LocalDate.now().plusDays(40));
        recommendations.create(meeting.getId(), recommendation);

        openAs("victim-support");
        UI.getCurrent().navigate("scrutiny/recommendations");
        @SuppressWarnings("unchecked")
        Grid<Recommendation> grid = _get(Grid.class, spec -> spec.withId("agency-recommendations"));
        int row = GridKt._findAll(grid).stream().map(Recommendation::getText).toList()
                .indexOf("Offer easy-read letters to every disabled victim.");
        _click((Button) GridKt._getCellComponent(grid, row, "respond"));
        _click(_get(Button.class, spec -> spec.withId("save-response")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ResponseDecision> decision = _get(RadioButtonGroup.class, spec -> spec.withLabel("Your agency's answer"));
        assertThat(decision.isInvalid()).isTrue();
        _setValue(decision, ResponseDecision.ACCEPTED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Action taken")), "Easy-read letters from next month.");
        _click(_get(Button.class, spec -> spec.withId("save-response")));
        assertThat(GridKt._get(grid, row).getResponse()).isEqualTo(ResponseDecision.ACCEPTED);
        assertThat(GridKt._get(grid, row).getActionTaken()).isEqualTo("Easy-read letters from next month.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSetsUpAPanelWithItsChairAndMembers() {
        openAs("admin");
        UI.getCurrent().navigate("scrutiny/panels");
        _click(_get(Button.class, spec -> spec.withId("add-panel")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Panel name")), "Southshire Panel from the view");
        MultiSelectComboBox<MaracArea> areas = _get(MultiSelectComboBox.class, spec -> spec.withLabel("MARAC areas it reviews"));
        _setValue(areas, new HashSet<>(areas.getListDataView().getItems().toList()));
        ComboBox<Member> chair = _get(ComboBox.class, spec -> spec.withLabel("Independent chair"));
        _setValue(chair, chair.getListDataView().getItems()
                .filter(m -> m.getDisplayName().equals("Joseph Mensah")).findFirst().orElseThrow());
        MultiSelectComboBox<Member> members = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Members"));
        _setValue(members, Set.of(members.getListDataView().getItems()
                .filter(m -> m.getDisplayName().equals("Fatima Noor")).findFirst().orElseThrow()));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Confidentiality agreement")).getValue())
                .startsWith("I will keep everything");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        Grid<ScrutinyPanel> grid = _get(Grid.class);
        ScrutinyPanel saved = GridKt._findAll(grid).stream()
                .filter(p -> p.getName().equals("Southshire Panel from the view")).findFirst().orElseThrow();
        assertThat(saved.getMembers()).extracting(Member::getDisplayName).containsExactlyInAnyOrder("Joseph Mensah", "Fatima Noor");
        assertThat(saved.getAgreementVersion()).isEqualTo(1);
    }
}
