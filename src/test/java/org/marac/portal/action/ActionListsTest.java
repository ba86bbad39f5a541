package org.marac.portal.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** "My agency's actions" and the chair's tracker: filters, overdue, and only what each member may see. */
class ActionListsTest extends KaribuTest {

    @Autowired
    ActionService actions;
    @Autowired
    Nominations builder;
    @Autowired
    JdbcTemplate jdbc;

    private CaseAction action(MaracCase maracCase, String username, String description, int dueInDays) {
        signIn.as(demo.get("chair"));
        CaseAction action = CaseAction.blank();
        action.setDescription(description);
        action.setOwnerAgency(demo.get(username).getAgency());
        action.setDueDate(LocalDate.now().plusDays(Math.max(dueInDays, 0)));
        CaseAction created = actions.create(maracCase.getId(), null, action);
        if (dueInDays < 0) {
            jdbc.update("UPDATE case_action SET due_date = ? WHERE id = ?", LocalDate.now().plusDays(dueInDays), created.getId());
        }
        return created;
    }

    @SuppressWarnings("unchecked")
    private List<String> shown(String gridId) {
        Grid<CaseAction> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).getDescription()).toList();
    }

    @Test
    void anAgencySeesItsOwnActionsFiltersThemAndOverdueOnesSaySo() {
        MaracCase accepted = builder.acceptedCase("housing", "Heledd", "Listed");
        action(accepted, "yos", "Youth worker to visit the family", 10);
        action(accepted, "yos", "Check school attendance", -3);
        action(accepted, "police", "Patrol the street at night", 5);

        signIn.as(demo.get("yos"));
        assertThat(actions.agencyActions(ActionFilter.unfinished(), 0, 50)).extracting(CaseAction::getDescription)
                .contains("Youth worker to visit the family", "Check school attendance")
                .doesNotContain("Patrol the street at night");
        assertThat(actions.agencyActions(new ActionFilter(Set.of(), null, null, true, null, accepted.getReference()), 0, 50))
                .extracting(CaseAction::getDescription).containsExactly("Check school attendance");

        openUi();
        UI.getCurrent().navigate("actions");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Case reference")), accepted.getReference());
        assertThat(shown("agency-actions")).containsExactly("Check school attendance", "Youth worker to visit the family");
        @SuppressWarnings("unchecked")
        Grid<CaseAction> grid = _get(Grid.class, spec -> spec.withId("agency-actions"));
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.contains("overdue"));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only overdue actions")), true);
        assertThat(shown("agency-actions")).containsExactly("Check school attendance");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only overdue actions")), false);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActionStatus> status = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Status"));
        _setValue(status, Set.of(ActionStatus.DONE));
        assertThat(shown("agency-actions")).isEmpty();
    }

    @Test
    void theChairComparesAgenciesCompletionAndOverdueRates() {
        MaracCase accepted = builder.acceptedCase("housing", "Iola", "Tracked");
        CaseAction done = action(accepted, "asb", "Warn the neighbour", 7);
        action(accepted, "asb", "Mediation meeting", -2);
        signIn.as(demo.get("asb"));
        actions.update(done.getId(), done.getVersion(), ActionStatus.DONE, null, "Warning letter sent");

        signIn.as(demo.get("chair"));
        AgencyActionRates asb = actions.agencyRates(accepted.getArea().getId()).stream()
                .filter(rates -> rates.agencyId().equals(demo.get("asb").getAgency().getId())).findFirst().orElseThrow();
        assertThat(asb.total()).isGreaterThanOrEqualTo(2);
        assertThat(asb.done()).isPositive();
        assertThat(asb.overdueNow()).isPositive();
        assertThat(asb.completionRate()).isBetween(0.0, 1.0);

        openUi();
        UI.getCurrent().navigate("chair/actions");
        @SuppressWarnings("unchecked")
        ComboBox<MaracArea> area = _get(ComboBox.class, spec -> spec.withId("rates-area"));
        _setValue(area, area.getListDataView().getItems().filter(a -> a.getId().equals(accepted.getArea().getId()))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<AgencyActionRates> rates = _get(Grid.class, spec -> spec.withId("agency-rates"));
        assertThat(IntStream.range(0, GridKt._size(rates)).mapToObj(row -> GridKt._get(rates, row).agencyName()))
                .contains("Northshire Council Community Safety");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Case reference")), accepted.getReference());
        assertThat(shown("area-actions")).containsExactly("Mediation meeting");

        signIn.as(demo.get("chair2"));
        assertThat(actions.agencyRates(accepted.getArea().getId())).isEmpty();
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> actions.agencyRates(accepted.getArea().getId())).isInstanceOf(AccessDeniedException.class);
    }
}
