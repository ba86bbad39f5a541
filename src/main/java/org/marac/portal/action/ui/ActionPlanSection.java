package org.marac.portal.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.ZoneId;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MemberService;

/** The case's action plan: who does what by when and where it stands; overdue actions say so in words. */
class ActionPlanSection extends Section {

    private final ActionService actions;
    private final ActionForms forms;
    private final MaracCase maracCase;
    private final Grid<CaseAction> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    ActionPlanSection(ActionService actions, AgencyService agencies, MemberService members, MaracCase maracCase,
            boolean chair) {
        this.actions = actions;
        this.forms = new ActionForms(actions, agencies, members, this::refresh);
        this.maracCase = maracCase;
        addClassName("case-section");
        setId("action-plan");
        add(new H2(getTranslation("caseAction.plan")));
        boolean open = maracCase.getStatus() != CaseStatus.CLOSED;
        if (chair && open) {
            Button add = new Button(getTranslation("caseAction.add"), click -> forms.create(maracCase.getId(), null));
            add.setId("add-action");
            add(add);
        }
        none.setText(getTranslation("caseAction.none"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        grid.addColumn(CaseAction::getDescription).setHeader(getTranslation("caseAction.description")).setFlexGrow(3);
        grid.addColumn(action -> action.getOwnerAgency().getName()
                + (action.getAssignee() == null ? "" : " — " + action.getAssignee().getDisplayName()))
                .setHeader(getTranslation("caseAction.owner")).setFlexGrow(2);
        grid.addColumn(action -> DateFormats.date(action.getDueDate())).setHeader(getTranslation("caseAction.due")).setAutoWidth(true);
        grid.addColumn(action -> Labels.of("caseAction.priority", action.getPriority())).setHeader(getTranslation("caseAction.priority")).setAutoWidth(true);
        grid.addColumn(action -> ActionForms.statusText(action, today)).setHeader(getTranslation("caseAction.status")).setAutoWidth(true);
        grid.setPartNameGenerator(action -> action.isOverdue(today) ? "overdue" : null);
        grid.addComponentColumn(action -> {
            Button update = new Button(getTranslation("caseAction.update"), click -> forms.update(action));
            update.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            update.setAriaLabel(getTranslation("caseAction.updateNamed", action.getDescription()));
            update.setVisible(open && actions.mayUpdate(action));
            return update;
        }).setKey("update").setHeader(getTranslation("caseAction.update")).setAutoWidth(true).setFlexGrow(0);
        if (chair && open) {
            grid.addComponentColumn(action -> {
                Button edit = new Button(getTranslation("action.edit"), click -> forms.edit(action));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("caseAction.editNamed", action.getDescription()));
                return edit;
            }).setKey("edit").setHeader(getTranslation("action.edit")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("caseAction.plan"));
        grid.setId("action-grid");
        add(none, grid);
        refresh();
    }

    private void refresh() {
        var found = actions.forCase(maracCase.getId());
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        none.setVisible(found.isEmpty());
    }
}
