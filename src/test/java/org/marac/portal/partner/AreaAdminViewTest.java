package org.marac.portal.partner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ADMIN's MARAC areas: cadence, chair, member agencies, referral model and local strands. */
class AreaAdminViewTest extends KaribuTest {

    @Autowired
    MaracAreaService areas;
    @Autowired
    AgencyService agencies;

    @BeforeEach
    void openAreas() {
        openAs("admin");
        UI.getCurrent().navigate("admin/areas");
        _click(_get(Button.class, spec -> spec.withId("add-area")));
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    @Test
    void aCadenceOutsideOneToTwentySixWeeksIsRefused() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Area " + UUID.randomUUID());
        IntegerField cadence = _get(IntegerField.class, spec -> spec.withLabel("Meets every (weeks)"));
        assertThat(cadence.getValue()).isEqualTo(6);
        _setValue(cadence, 0);
        save();

        assertThat(cadence.getErrorMessage()).isEqualTo("Enter a number of weeks from 1 to 26");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void anOverlongLocalStrandIsRefusedBesideTheStrands() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Area " + UUID.randomUUID());
        TextArea strands = _get(TextArea.class, spec -> spec.withLabel("Locally defined hate strands"));
        _setValue(strands, "Age\n" + "x".repeat(81));
        save();

        assertThat(strands.getErrorMessage()).isEqualTo("Each strand can be at most 80 characters");
    }

    @Test
    void aNewAreaIsSavedWithItsChairAgenciesAndStrands() {
        String name = "Area " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        @SuppressWarnings("unchecked")
        ComboBox<Member> chair = _get(ComboBox.class, spec -> spec.withLabel("Chair"));
        _setValue(chair, demo.get("chair2"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Agency> members = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Member agencies"));
        Agency police = agencies.findActive().stream().filter(a -> a.getType() == AgencyType.POLICE).findFirst().orElseThrow();
        _setValue(members, Set.of(police));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReferralModel> referral = _get(RadioButtonGroup.class, spec -> spec.withLabel("Victim Support referral"));
        _setValue(referral, ReferralModel.OPT_OUT);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Locally defined hate strands")), " Sex or gender \n\nAge");
        save();

        assertThat(_find(Dialog.class)).isEmpty();
        MaracArea saved = areas.findAll().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getChair()).isEqualTo(demo.get("chair2"));
        assertThat(saved.getMemberAgencies()).containsExactly(police);
        assertThat(saved.getReferralModel()).isEqualTo(ReferralModel.OPT_OUT);
        assertThat(saved.getLocalStrands()).containsExactly("Sex or gender", "Age");
    }
}
