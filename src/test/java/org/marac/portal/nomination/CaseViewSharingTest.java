package org.marac.portal.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;

/** The case view as partners share information on it, and as the chair closes it. */
class CaseViewSharingTest extends KaribuTest {

    @Autowired
    Nominations builder;

    private void open(String username, MaracCase maracCase) {
        MockVaadin.tearDown();
        openAs(username);
        UI.getCurrent().navigate("cases/" + maracCase.getId());
    }

    private java.util.List<String> entries() {
        return _find(Article.class).stream().map(article -> article.getElement().getTextRecursively()).toList();
    }

    @Test
    void aRestrictedEntryIsShownToItsAgencyOnlyAndAnEmptyEntryIsRefusedBesideTheField() {
        MaracCase accepted = builder.acceptedCase("housing", "Delyth", "Viewshare");
        open("housing", accepted);
        _click(_get(Button.class, spec -> spec.withId("add-information")));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextArea facts = _get(TextArea.class, spec -> spec.withLabel("Facts"));
        assertThat(facts.isInvalid()).isTrue();
        assertThat(facts.getErrorMessage()).isEqualTo("Enter the facts, a professional opinion, or both.");
        _setValue(facts, "Tenancy officer saw graffiti on the door");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Restricted to my agency (for example police intelligence)")), true);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(entries()).anyMatch(text -> text.contains("Tenancy officer saw graffiti") && text.contains("Restricted to Northshire Homes"));

        open("chair", accepted);
        assertThat(entries()).noneMatch(text -> text.contains("Tenancy officer saw graffiti"));
        assertThat(_get(H1.class).getText()).isEqualTo(accepted.getReference());
    }

    @Test
    void theChairClosesACaseWithAReasonAFinalRiskAndTheCpsOutcomeAndThenItIsReadOnly() {
        MaracCase accepted = builder.acceptedCase("housing", "Eirlys", "Viewclose");
        open("chair", accepted);
        _click(_get(Button.class, spec -> spec.withId("close-case")));
        _click(_get(Button.class, spec -> spec.withId("confirm-close")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ClosureReason> reason = _get(RadioButtonGroup.class, spec -> spec.withLabel("Reason for closing"));
        assertThat(reason.getErrorMessage()).isEqualTo("Choose why the case is closing");
        _setValue(reason, ClosureReason.VICTIM_DECLINED_SUPPORT);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Final risk level")), RiskLevel.MEDIUM);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Did the case reach the Crown Prosecution Service?")),
                CpsOutcome.NOT_SENT_TO_CPS);
        _click(_get(Button.class, spec -> spec.withId("confirm-close")));

        assertThat(_find(Button.class, spec -> spec.withId("close-case"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-information"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("reopen-case"))).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("A closed case is read-only. The chair can reopen it with a reason."))).isNotNull();

        open("housing", accepted);
        assertThat(_find(Button.class, spec -> spec.withId("add-information"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("assess-risk"))).isEmpty();
    }
}
