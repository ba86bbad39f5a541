package org.marac.portal.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.Agency;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;

/** The action plan on the case view, as the chair, the owner agency and another agency use it. */
class ActionPlanViewTest extends KaribuTest {

    @Autowired
    Nominations builder;
    @Autowired
    ActionService actions;

    @SuppressWarnings("unchecked")
    private Grid<CaseAction> actionGrid() {
        return (Grid<CaseAction>) _get(Grid.class, spec -> spec.withId("action-grid"));
    }

    private Button updateButton(int row) {
        return (Button) GridKt._getCellComponent(actionGrid(), row, "update");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChairSetsAnActionTheOwnerAgencyUpdatesItAndTheNominatorOnlyReadsIt() {
        MaracCase accepted = builder.acceptedCase("housing", "Abigail", "Planview");
        openAs("chair");
        UI.getCurrent().navigate("cases/" + accepted.getId());
        _click(_get(Button.class, spec -> spec.withId("add-action")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Action")), "Install a panic alarm");
        ComboBox<Agency> owner = _get(ComboBox.class, spec -> spec.withLabel("Owner agency"));
        _setValue(owner, owner.getListDataView().getItems()
                .filter(agency -> agency.getName().equals("Northshire Police")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(GridKt._size(actionGrid())).isEqualTo(1);
        assertThat(GridKt._get(actionGrid(), 0).getDescription()).isEqualTo("Install a panic alarm");
        closeAndOpenAs("housing", accepted);
        assertThat(GridKt._size(actionGrid())).isEqualTo(1);
        assertThat(updateButton(0).isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("add-action"))).isEmpty();

        closeAndOpenAs("police", accepted);
        assertThat(updateButton(0).isVisible()).isTrue();
        _click(updateButton(0));
        Select<ActionStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
        assertThat(status.getListDataView().getItems()).doesNotContain(ActionStatus.NOT_DONE_BY_AGENCY);
        _setValue(status, ActionStatus.CANNOT_BE_DONE);
        _click(_get(Button.class, spec -> spec.withId("save-action-update")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why.");
        _setValue(reason, "Victim moved out of the area");
        _click(_get(Button.class, spec -> spec.withId("save-action-update")));
        assertThat(GridKt._get(actionGrid(), 0).getStatus()).isEqualTo(ActionStatus.CANNOT_BE_DONE);
    }

    private void closeAndOpenAs(String username, MaracCase maracCase) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        openAs(username);
        UI.getCurrent().navigate("cases/" + maracCase.getId());
    }
}
