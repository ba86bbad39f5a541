package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.Attendee;
import org.marac.portal.meeting.LiveMeetingService;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.meeting.MinutesService;
import org.marac.portal.meeting.MinutesService.CaseMinutes;
import org.marac.portal.meeting.MinutesService.Minutes;
import org.marac.portal.partner.Agency;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The minutes as the meeting recorded them: attendance, apologies, confidentiality acceptances and, per case,
 * discussion, agreed risk, decisions, review date and actions. The chair edits each case's record and the
 * general notes, then approves; approved minutes are read-only.
 */
class MinutesPanel extends Section {

    MinutesPanel(MinutesService minutesService, LiveMeetingService live, Meeting meeting, boolean chair, Runnable onChanged) {
        addClassName("minutes-panel");
        Minutes minutes = minutesService.minutes(meeting.getId());
        boolean editable = chair && meeting.getStatus() == MeetingStatus.CONCLUDED;
        add(new Paragraph(meeting.getStatus() == MeetingStatus.MINUTES_APPROVED
                ? getTranslation("minutes.approvedBy", meeting.getMinutesApprovedBy().getDisplayName(),
                DateFormats.dateTime(meeting.getMinutesApprovedAt()))
                : getTranslation("minutes.draft")));

        add(new H3(getTranslation("minutes.attendance")));
        Grid<Attendee> attendance = new Grid<>();
        attendance.addColumn(a -> a.getMember().getDisplayName()).setHeader(getTranslation("attendance.name"));
        attendance.addColumn(a -> a.getAgency() == null ? "" : a.getAgency().getName()).setHeader(getTranslation("attendance.agency"));
        attendance.addColumn(a -> Labels.of("attendance.status", a.getStatus())
                + (a.getApologyNote() == null ? "" : ": " + a.getApologyNote())).setHeader(getTranslation("attendance.status"));
        attendance.addColumn(a -> a.getConfidentialityAcceptedAt() == null ? getTranslation("attendance.notAccepted")
                : DateFormats.dateTime(a.getConfidentialityAcceptedAt())).setHeader(getTranslation("attendance.confidentiality"));
        attendance.setItems(java.util.stream.Stream.of(minutes.present(), minutes.apologies(), minutes.absent())
                .flatMap(java.util.List::stream).toList());
        attendance.setAllRowsVisible(true);
        attendance.setAriaLabel(getTranslation("minutes.attendance"));
        add(attendance);
        if (!minutes.notRepresented().isEmpty()) {
            add(new Paragraph(getTranslation("minutes.notRepresented",
                    minutes.notRepresented().stream().map(Agency::getName).collect(Collectors.joining("; ")))));
        }

        add(new H3(getTranslation("minutes.cases")));
        int number = 0;
        for (CaseMinutes discussed : minutes.discussed()) {
            number++;
            AgendaItem item = discussed.item();
            Article article = new Article();
            article.addClassName("minutes-case");
            article.add(new H4(number + ". " + MeetingLabels.item(item)));
            article.add(LabelledLine.of("outcome.agreedRisk", item.getAgreedRisk() == null ? null
                    : Labels.of("risk.level", item.getAgreedRisk())));
            article.add(LabelledLine.of("outcome.discussion", item.getDiscussion()));
            article.add(LabelledLine.of("outcome.decisions", item.getDecisions()));
            article.add(LabelledLine.of("outcome.reviewOn", DateFormats.date(item.getReviewOn())));
            article.add(LabelledLine.of("minutes.time", getTranslation("minutes.timeValue", item.getTimeUsedSeconds() / 60,
                    item.getSlotMinutes())));
            UnorderedList actions = new UnorderedList();
            discussed.actions().forEach(action -> actions.add(new ListItem(action.getDescription() + " — "
                    + action.getOwnerAgency().getName() + " — " + getTranslation("live.due", DateFormats.date(action.getDueDate())))));
            article.add(new Paragraph(getTranslation(discussed.actions().isEmpty() ? "minutes.noActions" : "minutes.actions")), actions);
            if (editable) {
                Button edit = new Button(getTranslation("minutes.editCase"), click -> OutcomeDialog.open(live, item, saved -> onChanged.run()));
                edit.setAriaLabel(getTranslation("minutes.editCaseNamed", item.getMaracCase().getReference()));
                article.add(edit);
            }
            add(article);
        }
        if (minutes.discussed().isEmpty()) {
            add(new Paragraph(getTranslation("minutes.noneDiscussed")));
        }
        if (!minutes.notDiscussed().isEmpty()) {
            add(new Paragraph(getTranslation("minutes.notDiscussed", minutes.notDiscussed().stream()
                    .map(i -> i.getMaracCase().getReference()).collect(Collectors.joining("; ")))));
        }
        minutes.removed().forEach(i -> add(new Paragraph(getTranslation("minutes.removed", i.getMaracCase().getReference(),
                i.getRemovedReason()))));

        add(new H3(getTranslation("minutes.notes")));
        if (editable) {
            TextArea notes = new TextArea(getTranslation("minutes.notes"));
            notes.setMaxLength(4000);
            notes.setWidthFull();
            notes.setValue(meeting.getMinutesNotes() == null ? "" : meeting.getMinutesNotes());
            notes.setHelperText(getTranslation("minutes.notes.help"));
            Button save = new Button(getTranslation("minutes.saveNotes"), click -> {
                try {
                    minutesService.saveNotes(meeting.getId(), meeting.getVersion(), notes.getValue());
                    Notices.success(getTranslation("minutes.notesSaved"));
                    onChanged.run();
                } catch (InvalidFieldException refused) {
                    notes.setErrorMessage(getTranslation(refused.messageKey()));
                    notes.setInvalid(true);
                } catch (OptimisticLockingFailureException stale) {
                    notes.setErrorMessage(getTranslation("error.stale"));
                    notes.setInvalid(true);
                }
            });
            save.setId("save-minutes-notes");
            Button approve = new Button(getTranslation("minutes.approve"), click -> {
                try {
                    // What the chair typed in the notes is kept with the approval, not lost by it.
                    long version = meeting.getVersion();
                    String stored = meeting.getMinutesNotes() == null ? "" : meeting.getMinutesNotes();
                    if (!notes.getValue().strip().equals(stored)) {
                        version = minutesService.saveNotes(meeting.getId(), version, notes.getValue()).getVersion();
                    }
                    minutesService.approve(meeting.getId(), version);
                    Notices.success(getTranslation("minutes.approved"));
                    onChanged.run();
                } catch (InvalidFieldException refused) {
                    Notices.error(getTranslation(refused.messageKey()));
                } catch (OptimisticLockingFailureException stale) {
                    Notices.error(getTranslation("minutes.stale"));
                    onChanged.run();
                }
            });
            approve.setId("approve-minutes");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(notes, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save, approve));
        } else {
            add(new Paragraph(meeting.getMinutesNotes() == null ? "—" : meeting.getMinutesNotes()));
        }
    }
}
