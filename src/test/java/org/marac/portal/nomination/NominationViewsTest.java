package org.marac.portal.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;

/** The nomination form, the risk assessment, endorsement and the chair's queue, as each role uses them. */
class NominationViewsTest extends KaribuTest {

    @Autowired
    NominationService nominations;
    @Autowired
    RiskAssessmentService risk;
    @Autowired
    Nominations builder;

    private List<String> problems() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    @Test
    void submittingAnEmptyNominationListsWhatIsMissingAndADraftSavesAtAnyPoint() {
        openAs("housing");
        UI.getCurrent().navigate("nominations");
        assertThat(_get(H1.class).getText()).isEqualTo("New nomination");

        _click(_get(Button.class, spec -> spec.withId("submit-nomination")));
        assertThat(problems()).contains("Choose the MARAC area.", "Enter the victim's name.", "Add at least one incident.");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Given name")), "Nadia");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Family name")), "Draftova");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        CaseListRow saved = nominations.visibleCases(CaseListFilter.all(), 0, 500).stream()
                .filter(c -> "Nadia Draftova".equals(c.victimName()))
                .findFirst().orElseThrow();
        assertThat(saved.status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void aMalformedPostcodeAndAFutureDateOfBirthAreRefusedBesideTheirFields() {
        openAs("housing");
        UI.getCurrent().navigate("nominations");
        TextField postcode = _get(TextField.class, spec -> spec.withLabel("Postcode"));
        _setValue(postcode, "12345");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Enter a UK postcode such as NG1 5AB");
        assertThat(problems()).contains("Some fields need correcting: see the messages beside them.",
                "Postcode: Enter a UK postcode such as NG1 5AB");
    }

    @Test
    void aCompleteNominationIsSubmittedFromTheFormAndShowsItsReference() {
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Ola", "Formfill", LocalDate.of(1985, 4, 4), "NG7 4AA", 1));
        openUi();
        UI.getCurrent().navigate("nominations/" + draft.getId());

        _click(_get(Button.class, spec -> spec.withId("submit-nomination")));

        assertThat(_get(H1.class).getText()).matches("HC-\\d{4}-\\d{4}");
        assertThat(nominations.find(draft.getId()).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void theAssessmentFormComesFromTheQuestionSetAndSaysWhatIsMissing() {
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Rita", "Riskform", LocalDate.of(1985, 4, 4), "NG7 4AB", 1));
        openUi();
        UI.getCurrent().navigate("cases/" + draft.getId() + "/risk");

        @SuppressWarnings("rawtypes")
        List<RadioButtonGroup> groups = _find(RadioButtonGroup.class);
        long questions = groups.stream().filter(g -> g.getLabel() != null && g.getLabel().matches("\\d+\\. .*")).count();
        assertThat(questions).isEqualTo(27);

        _click(_get(Button.class, spec -> spec.withId("send-for-endorsement")));
        assertThat(problems()).contains("Answer every question (Yes, No or Don't know).",
                "Add at least one measure to the risk management plan.");
    }

    @Test
    void aSupervisorEndorsesFromTheirQueueAndAChangedLevelNeedsAReason() {
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Eve", "Endorse", LocalDate.of(1985, 4, 4), "NG7 4AC", 1));
        RiskAssessment sent = builder.assessAndSend(draft.getId(), RiskLevel.MEDIUM);

        openAs("housing-sup");
        UI.getCurrent().navigate("endorsements");
        @SuppressWarnings("unchecked")
        Grid<RiskAssessment> grid = _get(Grid.class);
        GridKt._clickItem(grid, GridKt._findAll(grid).indexOf(GridKt._findAll(grid).stream()
                .filter(a -> a.getId().equals(sent.getId())).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RiskLevel> level = _get(RadioButtonGroup.class, spec -> spec.withLabel("Endorsed level"));
        _setValue(level, RiskLevel.HIGH);
        _click(_get(Button.class, spec -> spec.withId("endorse")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason (needed when you change the level)"));
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for changing the assessor's level");

        _setValue(reason, "Threats to the children");
        _click(_get(Button.class, spec -> spec.withId("endorse")));
        assertThat(risk.history(draft.getId()).getFirst().getEndorsedLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theChairSeesEligibilityAndAcceptsFromTheQueue() {
        signIn.as(demo.get("housing"));
        MaracCase draft = builder.completeDraft("Quin", "Queue", LocalDate.of(1985, 4, 4), "NG7 4AD", 3);
        MaracCase submitted = nominations.submit(draft);

        openAs("chair");
        UI.getCurrent().navigate("chair/queue");
        @SuppressWarnings("unchecked")
        Grid<MaracCase> grid = _get(Grid.class);
        int row = GridKt._findAll(grid).stream().map(MaracCase::getId).toList().indexOf(submitted.getId());
        assertThat(row).isNotNegative();
        GridKt._clickItem(grid, row);
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Eligible for MARAC"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("accept")));
        signIn.as(demo.get("chair"));
        assertThat(nominations.find(submitted.getId()).getStatus()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void theCaseHeaderShowsHowToContactTheVictim() {
        signIn.as(demo.get("housing"));
        MaracCase draft = builder.completeDraft("Cora", "Contact", LocalDate.of(1985, 4, 4), "NG7 4AE", 1);
        var victim = draft.victim().orElseThrow().getPerson();
        victim.setPreferredName("Cee");
        victim.setLetterSafe(org.marac.portal.person.SafeToUse.NO);
        MaracCase submitted = nominations.submit(draft);
        openUi();
        UI.getCurrent().navigate("cases/" + submitted.getId());

        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText()))
                .contains("Call them Cee", "Do NOT send letters");
    }

    @Test
    void anotherAgencyOpeningTheCaseByAddressIsToldNothing() {
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Dina", "Denied", LocalDate.of(1985, 4, 4), "NG7 4AF", 1));

        openAs("police");
        UI.getCurrent().navigate("cases/" + draft.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("You don't have access to this case");
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText()))
                .noneMatch(text -> text.contains("Dina"));
    }


    @Test
    void theNominatorIsToldOnlyThatAPossibleMatchExists() {
        signIn.as(demo.get("police"));
        nominations.submit(builder.completeDraft("Ibrahim", "Haddad", LocalDate.of(1970, 1, 1), "NG2 2BB", 1));
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Ibraheem", "Haddad", LocalDate.of(1970, 1, 1), "NG2 2BB", 1));
        openUi();
        UI.getCurrent().navigate("nominations/" + draft.getId());

        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        com.vaadin.flow.component.html.Paragraph notice =
                _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("possible-match"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("A possible match exists");
        assertThat(notice.getText()).doesNotContain("HC-").doesNotContain("Police");
    }

    @Test
    void witnessesAndFamilyAreAddedBesideThePerpetrators() {
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Wanda", "Witnessed", LocalDate.of(1980, 1, 1), "NG2 2BC", 1));
        openUi();
        UI.getCurrent().navigate("nominations/" + draft.getId());

        _click(_get(Button.class, spec -> spec.withId("add-witness")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Given name").withPredicate(f -> isInDialog(f))), "Walter");
        _click(_get(Button.class, spec -> spec.withText("Done")));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        assertThat(nominations.find(draft.getId()).partiesIn(PartyRole.WITNESS))
                .extracting(party -> party.getPerson().getGivenName()).containsExactly("Walter");
    }

    @Test
    void theNominatorSeesTheChairsDecisionOnTheirHome() {
        signIn.as(demo.get("housing"));
        MaracCase submitted = nominations.submit(builder.completeDraft("Hal", "Home", LocalDate.of(1980, 1, 1), "NG2 2BD", 1));
        signIn.as(demo.get("chair"));
        nominations.decline(submitted.getId(), nominations.find(submitted.getId()).getVersion(), "Not high risk");

        openAs("housing");
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class).stream().map(link -> link.getText()))
                .contains(submitted.getReference() + ": Declined");
    }

    private static boolean isInDialog(com.vaadin.flow.component.Component component) {
        return component.getParent().map(parent -> parent instanceof com.vaadin.flow.component.dialog.Dialog
                || isInDialog(parent)).orElse(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCaseListLoadsPageByPageAndFiltersByReferenceAndStatus() {
        MaracCase accepted = builder.acceptedCase("housing", "Jac", "Listfilter");
        openAs("housing");
        UI.getCurrent().navigate("cases");
        Grid<CaseListRow> grid = _get(Grid.class, spec -> spec.withId("cases"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reference")), accepted.getReference());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(accepted.getId());
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Jac Listfilter");
        _setValue(_get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withLabel("Status")),
                java.util.Set.of(CaseStatus.DRAFT));
        assertThat(GridKt._size(grid)).isZero();
    }
}
