package org.marac.portal.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.ui.CaseNavigation;

/** A lazy list of actions with their case, owner, due date and status; overdue rows say so in words. */
class ActionListGrid extends Grid<CaseAction> {

    ActionListGrid(ActionService actions, ActionForms forms, boolean showOwner) {
        LocalDate today = LocalDate.now(DateFormats.UK);
        addComponentColumn(action -> CaseNavigation.linkTo(action.getMaracCase()))
                .setHeader(getTranslation("case.reference")).setAutoWidth(true).setFlexGrow(0);
        addColumn(CaseAction::getDescription).setHeader(getTranslation("caseAction.description")).setFlexGrow(3);
        if (showOwner) {
            addColumn(action -> action.getOwnerAgency().getName()).setHeader(getTranslation("caseAction.ownerAgency")).setFlexGrow(1);
        }
        addColumn(action -> action.getAssignee() == null ? "" : action.getAssignee().getDisplayName())
                .setHeader(getTranslation("caseAction.assignee")).setAutoWidth(true);
        addColumn(action -> DateFormats.date(action.getDueDate())).setHeader(getTranslation("caseAction.due")).setAutoWidth(true);
        addColumn(action -> Labels.of("caseAction.priority", action.getPriority())).setHeader(getTranslation("caseAction.priority")).setAutoWidth(true);
        addColumn(action -> ActionForms.statusText(action, today)).setHeader(getTranslation("caseAction.status")).setAutoWidth(true);
        addComponentColumn(action -> {
            Button update = new Button(getTranslation("caseAction.update"), click -> forms.update(action));
            update.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            update.setAriaLabel(getTranslation("caseAction.updateNamed", action.getDescription()));
            update.setVisible(action.getMaracCase().getStatus() != CaseStatus.CLOSED && actions.mayUpdate(action));
            return update;
        }).setKey("update").setHeader(getTranslation("caseAction.update")).setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(action -> action.isOverdue(today) ? "overdue" : null);
        setSizeFull();
    }
}
