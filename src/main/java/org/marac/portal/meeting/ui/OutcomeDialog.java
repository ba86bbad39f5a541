package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.LiveMeetingService;
import org.marac.portal.nomination.RiskLevel;

/** Records what the meeting said about a case: agreed risk, discussion, decisions, the date it comes back. */
final class OutcomeDialog {

    private OutcomeDialog() {
    }

    static EditDialog<AgendaItem> open(LiveMeetingService live, AgendaItem item, Consumer<AgendaItem> onSaved) {
        Binder<AgendaItem> binder = new Binder<>(AgendaItem.class);
        EditDialog<AgendaItem> dialog = new EditDialog<>(
                MeetingLabels.translate("outcome.title", item.getMaracCase().getReference()), binder,
                AgendaItem.outcomeOf(item), changed -> live.recordOutcome(item.getId(), item.getVersion(), changed), onSaved);
        Select<RiskLevel> risk = dialog.field("agreedRisk", new Select<>());
        risk.setLabel(dialog.getTranslation("outcome.agreedRisk"));
        risk.setItems(RiskLevel.values());
        risk.setItemLabelGenerator(level -> Labels.of("risk.level", level));
        risk.setEmptySelectionAllowed(true);
        risk.setEmptySelectionCaption(dialog.getTranslation("outcome.notAgreed"));
        DatePicker review = dialog.field("reviewOn", Fields.datePicker(dialog.getTranslation("outcome.reviewOn")));
        review.setHelperText(dialog.getTranslation("outcome.reviewOn.help"));
        TextArea discussion = dialog.field("discussion", new TextArea(dialog.getTranslation("outcome.discussion")));
        discussion.setMaxLength(4000);
        TextArea decisions = dialog.field("decisions", new TextArea(dialog.getTranslation("outcome.decisions")));
        decisions.setMaxLength(4000);
        binder.forField(risk).bind(AgendaItem::getAgreedRisk, AgendaItem::setAgreedRisk);
        binder.forField(review).bind(AgendaItem::getReviewOn, AgendaItem::setReviewOn);
        binder.forField(discussion).withNullRepresentation("").bind(AgendaItem::getDiscussion, AgendaItem::setDiscussion);
        binder.forField(decisions).withNullRepresentation("").bind(AgendaItem::getDecisions, AgendaItem::setDecisions);
        dialog.open();
        return dialog;
    }
}
