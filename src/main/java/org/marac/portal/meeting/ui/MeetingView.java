package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.ChangeDialog;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.meeting.AgendaService;
import org.marac.portal.meeting.LiveMeetingService;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingNotFoundException;
import org.marac.portal.meeting.MeetingService;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.meeting.MinutesService;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.NominationService;

/**
 * One meeting: when and where, and, once the member has accepted the confidentiality statement, its agenda,
 * attendance, research, the chair's readiness grid and the minutes; the agenda and minutes as PDF. The chair
 * moves or cancels the occurrence here, builds and publishes the agenda and opens the live meeting.
 */
@Route("meetings/:meetingId")
@RolesAllowed({"CHAIR", "PRACTITIONER", "SUPERVISOR", "AGENCY_LEAD"})
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final LiveMeetingService live;
    private final MinutesService minutes;
    private final CaseInformationService information;
    private final NominationService nominations;
    private Long meetingId;
    private String title = "";

    MeetingView(MeetingService meetings, AgendaService agendas, LiveMeetingService live, MinutesService minutes,
            CaseInformationService information, NominationService nominations) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.live = live;
        this.minutes = minutes;
        this.information = information;
        this.nominations = nominations;
        addClassName("meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meetingId = Long.valueOf(event.getRouteParameters().get("meetingId").orElse(""));
        } catch (NumberFormatException notANumber) {
            meetingId = null;
        }
        show();
    }

    private void show() {
        removeAll();
        Meeting meeting;
        try {
            meeting = meetings.find(meetingId);
        } catch (MeetingNotFoundException notVisible) {
            title = getTranslation("meeting.denied.title");
            add(new H1(title), new Paragraph(getTranslation("meeting.denied.text")));
            return;
        }
        boolean chair = meetings.isChair(meetingId);
        title = getTranslation("meeting.title", MeetingLabels.title(meeting));
        add(new H1(title), details(meeting, chair));
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            return;
        }
        if (!meetings.hasAcceptedConfidentiality(meetingId)) {
            add(new ConfidentialityGate(meetings, meetingId, this::show));
            return;
        }
        if (!chair && !meeting.getStatus().isPublished()) {
            add(new Paragraph(getTranslation("meeting.notPublished")));
            return;
        }
        add(actions(meeting, chair), tabs(meeting, chair));
    }

    private Component details(Meeting meeting, boolean chair) {
        Div details = new Div();
        details.addClassName("meeting-details");
        Span status = new Span(MeetingLabels.status(meeting));
        status.addClassName("badge");
        status.setId("meeting-status");
        details.add(status);
        details.add(LabelledLine.of("meeting.when", MeetingLabels.when(meeting)
                + (meeting.isMoved() ? " " + getTranslation("meeting.movedNote") : "")));
        details.add(LabelledLine.of("meeting.venue", meeting.getVenue()));
        if (meeting.getOnlineLink() != null) {
            Anchor link = new Anchor(meeting.getOnlineLink(), meeting.getOnlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Paragraph online = new Paragraph(new Span(getTranslation("meeting.online") + ": "), link);
            details.add(online);
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            details.add(LabelledLine.of("meeting.cancelReason", meeting.getCancelReason()));
        }
        if (!chair && !meeting.getStatus().isHeld() && meeting.getStatus() != MeetingStatus.CANCELLED) {
            details.add(apologies());
        }
        return details;
    }

    private Component apologies() {
        TextField note = new TextField(getTranslation("attendance.apologyNote"));
        note.setMaxLength(500);
        Button send = new Button(getTranslation("attendance.sendApologies"), click -> {
            try {
                meetings.sendApologies(meetingId, note.getValue());
                Notices.success(getTranslation("attendance.apologiesSent"));
            } catch (InvalidFieldException refused) {
                note.setErrorMessage(getTranslation(refused.messageKey()));
                note.setInvalid(true);
            }
        });
        send.setId("send-apologies");
        HorizontalLayout row = new HorizontalLayout(note, send);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private Component actions(Meeting meeting, boolean chair) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("meeting-actions");
        actions.setWrap(true);
        if (meeting.getStatus().isPublished() && !meeting.getStatus().isHeld()) {
            RouterLink open = new RouterLink(getTranslation(chair ? "meeting.runLive" : "meeting.joinLive"),
                    LiveMeetingView.class, MeetingLabels.parameters(meetingId));
            open.setId("open-live");
            open.addClassName("button-link");
            actions.add(open);
        }
        if (chair && (meeting.getStatus() == MeetingStatus.SCHEDULED || meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED)) {
            Button move = new Button(getTranslation("meeting.move"), click -> moveDialog(meeting));
            move.setId("move-meeting");
            Button cancel = new Button(getTranslation("meeting.cancel"), click -> cancelDialog(meeting));
            cancel.setId("cancel-meeting");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(move, cancel);
        }
        actions.add(download(getTranslation("meeting.agendaPdf"), "agenda-pdf", MinutesService.fileName(meeting, "agenda"),
                () -> minutes.agendaPdf(meetingId)));
        if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED || (chair && meeting.getStatus().isHeld())) {
            actions.add(download(getTranslation(meeting.getStatus() == MeetingStatus.MINUTES_APPROVED
                            ? "meeting.minutesPdf" : "meeting.minutesDraftPdf"), "minutes-pdf",
                    MinutesService.fileName(meeting, "minutes"), () -> minutes.minutesPdf(meetingId)));
        }
        return actions;
    }

    private Anchor download(String text, String id, String fileName, Supplier<byte[]> pdf) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf.get()), fileName, "application/pdf", -1)), text);
        anchor.setId(id);
        anchor.addClassName("button-link");
        return anchor;
    }

    /** Tabs whose content is built when chosen, so nothing is read (or logged) that the member did not open. */
    private Component tabs(Meeting meeting, boolean chair) {
        Map<Tab, Supplier<Component>> contents = new LinkedHashMap<>();
        contents.put(new Tab(getTranslation("meeting.tab.agenda")), () -> new AgendaPanel(agendas, meeting, chair, this::show));
        contents.put(new Tab(getTranslation("meeting.tab.attendance")), () -> new AttendancePanel(meetings, meeting, chair, this::show));
        if (meeting.getStatus().isPublished()) {
            contents.put(new Tab(getTranslation("meeting.tab.research")),
                    () -> new ResearchPanel(information, nominations, meeting, agendas.agenda(meetingId)));
            if (chair) {
                contents.put(new Tab(getTranslation("meeting.tab.readiness")), () -> new ReadinessPanel(agendas, meetingId));
            }
        }
        if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED || (chair && meeting.getStatus().isHeld())) {
            contents.put(new Tab(getTranslation("meeting.tab.minutes")),
                    () -> new MinutesPanel(minutes, live, meeting, chair, this::show));
        }
        Tabs tabs = new Tabs(contents.keySet().toArray(Tab[]::new));
        tabs.setId("meeting-tabs");
        Div content = new Div();
        content.addClassName("meeting-tab-content");
        tabs.addSelectedChangeListener(change -> {
            content.removeAll();
            content.add(contents.get(change.getSelectedTab()).get());
        });
        if (meeting.getStatus().isHeld() && contents.size() > 2) {
            tabs.setSelectedIndex(contents.size() - 1);
        }
        content.add(contents.get(tabs.getSelectedTab()).get());
        return new Div(tabs, content);
    }

    private void moveDialog(Meeting meeting) {
        DateTimePicker when = new DateTimePicker(getTranslation("meeting.newStart"));
        when.setValue(LocalDateTime.ofInstant(meeting.getStartsAt(), DateFormats.UK));
        when.setStep(java.time.Duration.ofMinutes(15));
        TextField venue = new TextField(getTranslation("meeting.venue"));
        venue.setMaxLength(200);
        venue.setValue(meeting.getVenue() == null ? "" : meeting.getVenue());
        TextField link = new TextField(getTranslation("meeting.online"));
        link.setMaxLength(500);
        link.setHelperText(getTranslation("meeting.online.help"));
        link.setValue(meeting.getOnlineLink() == null ? "" : meeting.getOnlineLink());
        formDialog(getTranslation("meeting.move.title"), getTranslation("meeting.move.note"), new Component[] {when, venue, link},
                Map.of("startsAt", when, "venue", venue, "onlineLink", link),
                () -> meetings.move(meetingId, meeting.getVersion(), when.getValue(), venue.getValue(), link.getValue()),
                "meeting.moved");
    }

    private void cancelDialog(Meeting meeting) {
        TextArea reason = new TextArea(getTranslation("meeting.cancelReason"));
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setWidthFull();
        formDialog(getTranslation("meeting.cancel.title"), getTranslation("meeting.cancel.note"), new Component[] {reason},
                Map.of("cancelReason", reason), () -> meetings.cancel(meetingId, meeting.getVersion(), reason.getValue()),
                "meeting.cancelled");
    }

    private void formDialog(String heading, String note, Component[] fields, Map<String, HasValidation> byName,
            Runnable save, String doneKey) {
        new ChangeDialog(heading, getTranslation("error.stale"), byName, save, () -> {
            Notices.success(getTranslation(doneKey));
            show();
        }).note(note).confirmId("confirm-meeting-change").fields(fields).open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
