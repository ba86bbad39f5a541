package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Objects;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.meeting.AttendanceStatus;
import org.marac.portal.meeting.Attendee;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingService;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Who is invited and who came: the invited agencies (inviting one after publication shares the agenda's
 * cases with it; withdrawing one ends that), named attendees with their attendance and when they accepted
 * the confidentiality statement, apologies, and the minute-taker the chair delegates recording to.
 */
class AttendancePanel extends Section {

    private final MeetingService meetings;
    private final Long meetingId;
    private final boolean chair;
    private final Runnable onMeetingChanged;

    AttendancePanel(MeetingService meetings, Meeting meeting, boolean chair, Runnable onMeetingChanged) {
        this.meetings = meetings;
        this.meetingId = meeting.getId();
        this.chair = chair;
        this.onMeetingChanged = onMeetingChanged;
        addClassName("attendance-panel");
        boolean open = !meeting.getStatus().isHeld() && meeting.getStatus() != MeetingStatus.CANCELLED;
        add(new H3(getTranslation("attendance.agencies")));
        add(agencies(meeting, open));
        add(new H3(getTranslation("attendance.people")));
        add(attendees(meeting, open));
        if (chair && open) {
            add(minuteTaker(meeting));
        }
    }

    private com.vaadin.flow.component.Component agencies(Meeting meeting, boolean open) {
        Section section = new Section();
        Grid<Agency> grid = new Grid<>();
        grid.addColumn(Agency::getName).setHeader(getTranslation("attendance.agency"));
        if (chair && open) {
            grid.addComponentColumn(agency -> {
                Button withdraw = new Button(getTranslation("attendance.withdraw"),
                        click -> act(() -> meetings.uninviteAgency(meetingId, meeting.getVersion(), agency.getId())));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                withdraw.setAriaLabel(getTranslation("attendance.withdrawNamed", agency.getName()));
                return withdraw;
            }).setHeader(getTranslation("attendance.withdraw")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(meeting.getInvitedAgencies().stream().sorted(java.util.Comparator.comparing(Agency::getName)).toList());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("attendance.agencies"));
        grid.setId("invited-agencies");
        section.add(grid);
        if (chair && open) {
            ComboBox<Agency> agency = new ComboBox<>(getTranslation("attendance.inviteAgency"));
            agency.setItems(meetings.invitableAgencies().stream().filter(a -> meeting.getInvitedAgencies().stream()
                    .noneMatch(invited -> invited.getId().equals(a.getId()))).toList());
            agency.setItemLabelGenerator(Agency::getName);
            Button invite = new Button(getTranslation("attendance.invite"), click -> {
                if (agency.getValue() != null) {
                    act(() -> meetings.inviteAgency(meetingId, meeting.getVersion(), agency.getValue().getId()));
                }
            });
            invite.setId("invite-agency");
            HorizontalLayout row = new HorizontalLayout(agency, invite);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
            if (meeting.getStatus().isPublished()) {
                section.add(new Paragraph(getTranslation("attendance.sharingNote")));
            }
        }
        return section;
    }

    private com.vaadin.flow.component.Component attendees(Meeting meeting, boolean open) {
        Section section = new Section();
        List<Attendee> attendance = meetings.attendance(meetingId);
        Grid<Attendee> grid = new Grid<>();
        grid.addColumn(a -> a.getMember().getDisplayName()).setHeader(getTranslation("attendance.name"));
        grid.addColumn(a -> a.getAgency() == null ? "" : a.getAgency().getName()).setHeader(getTranslation("attendance.agency"));
        grid.addColumn(a -> Labels.of("attendance.status", a.getStatus())
                + (a.getApologyNote() == null ? "" : ": " + a.getApologyNote())).setHeader(getTranslation("attendance.status"));
        grid.addColumn(a -> a.getConfidentialityAcceptedAt() == null ? getTranslation("attendance.notAccepted")
                : DateFormats.dateTime(a.getConfidentialityAcceptedAt())).setHeader(getTranslation("attendance.confidentiality"));
        grid.addColumn(a -> meeting.getMinuteTaker() != null && meeting.getMinuteTaker().getId().equals(a.getMember().getId())
                ? getTranslation("attendance.minuteTaker") : "").setHeader(getTranslation("attendance.role")).setAutoWidth(true);
        if (chair && meeting.getStatus() != MeetingStatus.MINUTES_APPROVED && meeting.getStatus() != MeetingStatus.CANCELLED) {
            grid.addComponentColumn(a -> {
                Button apologies = new Button(getTranslation("attendance.apologies"),
                        click -> act(() -> meetings.recordAttendance(meetingId, a.getId(), AttendanceStatus.APOLOGIES, null)));
                apologies.setAriaLabel(getTranslation("attendance.apologiesFor", a.getMember().getDisplayName()));
                Button present = new Button(getTranslation("attendance.present"),
                        click -> act(() -> meetings.recordAttendance(meetingId, a.getId(), AttendanceStatus.PRESENT, null)));
                present.setAriaLabel(getTranslation("attendance.presentFor", a.getMember().getDisplayName()));
                apologies.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                present.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return new HorizontalLayout(present, apologies);
            }).setHeader(getTranslation("attendance.record")).setAutoWidth(true);
        }
        grid.setItems(attendance);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("attendance.people"));
        grid.setId("attendees");
        section.add(attendance.isEmpty() ? new Paragraph(getTranslation("attendance.none")) : grid);
        if (chair && open) {
            ComboBox<Member> member = new ComboBox<>(getTranslation("attendance.nameMember"));
            member.setItems(meetings.invitableMembers(meetingId).stream()
                    .filter(m -> attendance.stream().noneMatch(a -> a.getMember().getId().equals(m.getId()))).toList());
            member.setItemLabelGenerator(m -> m.getDisplayName() + " — " + m.getAgency().getName());
            Button invite = new Button(getTranslation("attendance.invite"), click -> {
                if (member.getValue() != null) {
                    act(() -> meetings.inviteMember(meetingId, member.getValue().getId()));
                }
            });
            invite.setId("invite-member");
            HorizontalLayout row = new HorizontalLayout(member, invite);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }

    private com.vaadin.flow.component.Component minuteTaker(Meeting meeting) {
        ComboBox<Member> taker = new ComboBox<>(getTranslation("attendance.minuteTaker"));
        List<Member> candidates = meetings.invitableMembers(meetingId);
        taker.setItems(candidates);
        taker.setItemLabelGenerator(m -> m.getDisplayName() + " — " + m.getAgency().getName());
        taker.setHelperText(getTranslation("attendance.minuteTaker.help"));
        taker.setClearButtonVisible(true);
        if (meeting.getMinuteTaker() != null) {
            candidates.stream().filter(m -> Objects.equals(m.getId(), meeting.getMinuteTaker().getId())).findFirst()
                    .ifPresent(taker::setValue);
        }
        Button save = new Button(getTranslation("attendance.delegate"), click -> act(() -> meetings.delegateMinutes(meetingId,
                meeting.getVersion(), taker.getValue() == null ? null : taker.getValue().getId())));
        save.setId("delegate-minutes");
        HorizontalLayout row = new HorizontalLayout(taker, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void act(Runnable step) {
        try {
            step.run();
            onMeetingChanged.run();
        } catch (InvalidFieldException refused) {
            Notices.error(getTranslation(refused.messageKey()));
        } catch (OptimisticLockingFailureException stale) {
            Notices.error(getTranslation("meeting.staleReloaded"));
            onMeetingChanged.run();
        }
    }
}
