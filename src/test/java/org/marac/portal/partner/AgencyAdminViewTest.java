package org.marac.portal.partner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ADMIN's agency register: validation beside each field, duplicates, and a stale save. */
class AgencyAdminViewTest extends KaribuTest {

    @Autowired
    AgencyService agencies;

    @BeforeEach
    void openRegister() {
        openAs("admin");
        UI.getCurrent().navigate("admin/agencies");
    }

    private TextField nameField() {
        return _get(TextField.class, spec -> spec.withLabel("Name"));
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    @Test
    void anEmptyFormSaysWhatIsRequiredBesideEachField() {
        _click(_get(Button.class, spec -> spec.withId("add-agency")));
        save();

        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).isEqualTo("This is required");
        ComboBox<?> type = _get(ComboBox.class, spec -> spec.withLabel("Type"));
        assertThat(type.getErrorMessage()).isEqualTo("This is required");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void aReviewDateBeforeSigningIsRefusedBesideTheReviewDate() {
        _click(_get(Button.class, spec -> spec.withId("add-agency")));
        _setValue(nameField(), "Agency " + UUID.randomUUID());
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Type")), AgencyType.HEALTH);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Sharing agreement signed")), LocalDate.of(2026, 6, 1));
        DatePicker review = _get(DatePicker.class, spec -> spec.withLabel("Sharing agreement review date"));
        _setValue(review, LocalDate.of(2026, 1, 1));
        save();

        assertThat(review.isInvalid()).isTrue();
        assertThat(review.getErrorMessage()).isEqualTo("The review date must be after the date the agreement was signed");
    }

    @Test
    void aNewAgencyIsSavedAndListed() {
        String name = "Agency " + UUID.randomUUID();
        _click(_get(Button.class, spec -> spec.withId("add-agency")));
        _setValue(nameField(), name);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Type")), AgencyType.EDUCATION);
        save();

        assertThat(_find(Dialog.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Agency> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(Agency::getName).contains(name);
    }

    @Test
    void aDuplicateNameIsRefusedBesideTheName() {
        _click(_get(Button.class, spec -> spec.withId("add-agency")));
        _setValue(nameField(), "northshire police");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Type")), AgencyType.POLICE);
        save();

        assertThat(nameField().getErrorMessage()).isEqualTo("An agency with this name already exists");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void aStaleSaveSaysSoAndKeepsWhatWasTyped() {
        String name = "Agency " + UUID.randomUUID();
        Agency agency = agencies.save(new Agency(name, AgencyType.HEALTH));
        UI.getCurrent().navigate("admin/agencies");
        @SuppressWarnings("unchecked")
        Grid<Agency> grid = _get(Grid.class);
        Agency shown = GridKt._findAll(grid).stream().filter(a -> a.getId().equals(agency.getId())).findFirst().orElseThrow();
        GridKt._clickItem(grid, GridKt._findAll(grid).indexOf(shown));

        // Meanwhile another administrator renames it.
        Agency elsewhere = agencies.findAll().stream().filter(a -> a.getId().equals(agency.getId())).findFirst().orElseThrow();
        elsewhere.setName(name + " (renamed)");
        agencies.save(elsewhere);

        _setValue(nameField(), name + " my edit");
        save();

        Paragraph warning = _get(Paragraph.class, spec -> spec.withClasses("stale-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Someone else changed this record");
        assertThat(nameField().getValue()).isEqualTo(name + " my edit");
        assertThat(_find(Dialog.class)).hasSize(1);
    }
}
