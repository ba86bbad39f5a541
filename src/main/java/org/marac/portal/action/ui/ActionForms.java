package org.marac.portal.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.marac.portal.action.ActionPriority;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.action.ActionUpdate;
import org.marac.portal.action.CaseAction;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.springframework.dao.OptimisticLockingFailureException;

/** The dialogs that set, change and update actions, shared by the case view and the action lists. */
public class ActionForms {

    private final ActionService actions;
    private final AgencyService agencies;
    private final MemberService members;
    private final Runnable onSaved;

    public ActionForms(ActionService actions, AgencyService agencies, MemberService members, Runnable onSaved) {
        this.actions = actions;
        this.agencies = agencies;
        this.members = members;
        this.onSaved = onSaved;
    }

    /** "Overdue" is said in words, not only by colour. */
    public static String statusText(CaseAction action, LocalDate today) {
        String status = Labels.of("caseAction.status", action.getStatus());
        return action.isOverdue(today) ? status + " — " + UI.getCurrent().getTranslation("caseAction.overdue") : status;
    }

    /** A new action on the case, at the given meeting or (null) between meetings. */
    public void create(Long caseId, Long meetingId) {
        CaseAction action = CaseAction.blank();
        action.setDueDate(LocalDate.now(DateFormats.UK).plusWeeks(2));
        definition(UI.getCurrent().getTranslation("caseAction.add"), action,
                changed -> actions.create(caseId, meetingId, changed)).open();
    }

    public void edit(CaseAction action) {
        definition(UI.getCurrent().getTranslation("action.edit"), action,
                changed -> actions.edit(changed.getId(), changed.getVersion(), changed)).open();
    }

    private EditDialog<CaseAction> definition(String title, CaseAction action,
            java.util.function.UnaryOperator<CaseAction> save) {
        Binder<CaseAction> binder = new Binder<>(CaseAction.class);
        EditDialog<CaseAction> dialog = new EditDialog<>(title, binder, action, save, saved -> onSaved.run());
        TextArea description = dialog.field("description", new TextArea(dialog.getTranslation("caseAction.description")));
        description.setMaxLength(2000);
        description.setRequired(true);
        ComboBox<Agency> owner = dialog.field("ownerAgency", new ComboBox<>(dialog.getTranslation("caseAction.ownerAgency")));
        owner.setItems(agencies.findActive());
        owner.setItemLabelGenerator(Agency::getName);
        owner.setRequired(true);
        ComboBox<Member> assignee = dialog.field("assignee", new ComboBox<>(dialog.getTranslation("caseAction.assignee")));
        assignee.setItemLabelGenerator(Member::getDisplayName);
        assignee.setHelperText(dialog.getTranslation("caseAction.assignee.help"));
        assignee.setClearButtonVisible(true);
        owner.addValueChangeListener(change -> {
            assignee.setItems(change.getValue() == null ? List.of() : members.activeMembersOf(change.getValue().getId()));
            if (change.isFromClient()) {
                assignee.clear();
            }
        });
        DatePicker due = dialog.field("dueDate", Fields.datePicker(dialog.getTranslation("caseAction.due")));
        due.setRequired(true);
        due.setMin(LocalDate.now(DateFormats.UK));
        Select<ActionPriority> priority = dialog.field("priority", new Select<>());
        priority.setLabel(dialog.getTranslation("caseAction.priority"));
        priority.setItems(ActionPriority.values());
        priority.setItemLabelGenerator(value -> Labels.of("caseAction.priority", value));
        String required = dialog.getTranslation("validation.required");
        binder.forField(description).asRequired(required).bind(CaseAction::getDescription, CaseAction::setDescription);
        binder.forField(owner).asRequired(required).bind(CaseAction::getOwnerAgency, CaseAction::setOwnerAgency);
        binder.forField(assignee).bind(CaseAction::getAssignee, CaseAction::setAssignee);
        binder.forField(due).asRequired(required).bind(CaseAction::getDueDate, CaseAction::setDueDate);
        binder.forField(priority).asRequired(required).bind(CaseAction::getPriority, CaseAction::setPriority);
        return dialog;
    }

    /** Progress on an action: a status, a reason where finishing other than by doing it, a comment; and the log so far. */
    public void update(CaseAction action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("caseAction.updateTitle"));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new Paragraph(action.getDescription()));
        Paragraph stale = new Paragraph(dialog.getTranslation("error.stale"));
        stale.addClassName("stale-warning");
        stale.getElement().setAttribute("role", "alert");
        stale.setVisible(false);
        Select<ActionStatus> status = new Select<>();
        status.setLabel(dialog.getTranslation("caseAction.status"));
        status.setItems(Arrays.stream(ActionStatus.values())
                .filter(value -> value != ActionStatus.NOT_DONE_BY_AGENCY || action.getMaracCase().isChairedBy(
                        org.marac.portal.partner.PortalUser.require())).toList());
        status.setItemLabelGenerator(value -> Labels.of("caseAction.status", value));
        status.setValue(action.getStatus());
        TextArea reason = new TextArea(dialog.getTranslation("caseAction.reason"));
        reason.setHelperText(dialog.getTranslation("caseAction.reason.help"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setVisible(action.getStatus().needsReason());
        status.addValueChangeListener(change -> reason.setVisible(change.getValue() != null && change.getValue().needsReason()));
        TextArea comment = new TextArea(dialog.getTranslation("caseAction.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        dialog.add(stale, status, reason, comment, history(action));
        Button save = new Button(dialog.getTranslation("caseAction.saveUpdate"), click -> {
            reason.setInvalid(false);
            comment.setInvalid(false);
            try {
                ActionStatus chosen = status.getValue() == action.getStatus() ? null : status.getValue();
                actions.update(action.getId(), action.getVersion(), chosen, reason.getValue(), comment.getValue());
                dialog.close();
                onSaved.run();
            } catch (InvalidFieldException refused) {
                TextArea field = "reason".equals(refused.field()) ? reason : comment;
                field.setErrorMessage(dialog.getTranslation(refused.messageKey()));
                field.setInvalid(true);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                stale.setVisible(true);
            }
        });
        save.setId("save-action-update");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private com.vaadin.flow.component.Component history(CaseAction action) {
        com.vaadin.flow.component.html.Div history = new com.vaadin.flow.component.html.Div(
                new H3(UI.getCurrent().getTranslation("caseAction.history")));
        UnorderedList list = new UnorderedList();
        for (ActionUpdate update : actions.updatesOf(action.getId())) {
            String text = DateFormats.dateTime(update.getCreatedAt()) + " — " + update.getMember().getDisplayName()
                    + (update.getStatus() == null ? "" : " — " + Labels.of("caseAction.status", update.getStatus()))
                    + (update.getComment() == null ? "" : ": " + update.getComment());
            list.add(new ListItem(text));
        }
        history.add(list);
        return history;
    }
}
