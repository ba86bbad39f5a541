package org.marac.portal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.marac.portal.action.CaseAction;
import org.marac.portal.base.pdf.PdfDocument;
import org.marac.portal.partner.Agency;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agenda and the minutes as PDF. Cases appear by reference only: no victim's name is printed by the
 * portal, least of all on the cover, and every page is marked OFFICIAL-SENSITIVE.
 */
@Component
class MeetingDocuments {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final MessageSource messages;

    MeetingDocuments(MessageSource messages) {
        this.messages = messages;
    }

    byte[] agenda(Meeting meeting, List<AgendaItem> agenda) {
        PdfDocument pdf = document(meeting, "pdf.agenda.title");
        pdf.title(text("pdf.agenda.title") + " — " + meeting.getArea().getName());
        details(pdf, meeting);
        if (!meeting.getStatus().isPublished()) {
            pdf.paragraph(text("pdf.agenda.draft"));
        }
        pdf.paragraph(text("pdf.confidentiality"));
        pdf.heading(text("pdf.agenda.cases"));
        List<List<String>> rows = new ArrayList<>();
        Instant slotStart = meeting.getStartsAt();
        int total = 0;
        for (AgendaItem item : agenda) {
            rows.add(List.of(String.valueOf(item.getPosition()), TIME.format(slotStart.atZone(UK)),
                    item.getMaracCase().getReference(), text("agenda.kind." + item.getKind().name()),
                    item.getMaracCase().getNominatingAgency().getName(),
                    item.getMaracCase().getEndorsedRisk() == null ? text("pdf.notEndorsed")
                            : text("risk.level." + item.getMaracCase().getEndorsedRisk().name()),
                    String.valueOf(item.getSlotMinutes())));
            slotStart = slotStart.plusSeconds(item.getSlotMinutes() * 60L);
            total += item.getSlotMinutes();
        }
        pdf.table(List.of("#", text("pdf.col.time"), text("pdf.col.case"), text("pdf.col.kind"),
                text("pdf.col.nominatedBy"), text("pdf.col.risk"), text("pdf.col.minutes")), rows,
                0.4f, 0.8f, 1.4f, 1f, 2.4f, 1f, 0.8f);
        pdf.paragraph(text("pdf.agenda.total", total));
        pdf.heading(text("pdf.invited"));
        pdf.paragraph(meeting.getInvitedAgencies().stream().map(Agency::getName).sorted().collect(Collectors.joining("; ")));
        return pdf.toBytes();
    }

    byte[] minutes(MinutesService.Minutes minutes) {
        Meeting meeting = minutes.meeting();
        PdfDocument pdf = document(meeting, "pdf.minutes.title");
        pdf.title(text("pdf.minutes.title") + " — " + meeting.getArea().getName());
        details(pdf, meeting);
        if (meeting.getMinutesApprovedAt() != null) {
            pdf.paragraph(text("pdf.minutes.approved", meeting.getMinutesApprovedBy().getDisplayName(),
                    dateTime(meeting.getMinutesApprovedAt())));
        } else {
            pdf.paragraph(text("pdf.minutes.draft"));
        }
        pdf.heading(text("pdf.minutes.attendance"));
        List<List<String>> people = new ArrayList<>();
        for (Attendee attendee : minutes.present()) {
            people.add(attendanceRow(attendee, text("attendance.status.PRESENT")));
        }
        for (Attendee attendee : minutes.apologies()) {
            people.add(attendanceRow(attendee, text("attendance.status.APOLOGIES")
                    + (attendee.getApologyNote() == null ? "" : ": " + attendee.getApologyNote())));
        }
        for (Attendee attendee : minutes.absent()) {
            people.add(attendanceRow(attendee, text("pdf.minutes.notPresent")));
        }
        pdf.table(List.of(text("pdf.col.name"), text("pdf.col.agency"), text("pdf.col.attendance"),
                text("pdf.col.confidentiality")), people, 1.6f, 2f, 1.4f, 1.4f);
        if (!minutes.notRepresented().isEmpty()) {
            pdf.paragraph(text("pdf.minutes.notRepresented", minutes.notRepresented().stream().map(Agency::getName)
                    .collect(Collectors.joining("; "))));
        }
        pdf.paragraph(text("pdf.confidentiality"));

        pdf.pageBreak();
        pdf.heading(text("pdf.minutes.cases"));
        int number = 0;
        for (MinutesService.CaseMinutes discussed : minutes.discussed()) {
            AgendaItem item = discussed.item();
            number++;
            pdf.subheading(number + ". " + item.getMaracCase().getReference() + " — " + text("agenda.kind." + item.getKind().name()));
            pdf.paragraph(text("pdf.minutes.agreedRisk") + ": " + (item.getAgreedRisk() == null ? "—"
                    : text("risk.level." + item.getAgreedRisk().name())));
            pdf.paragraph(text("pdf.minutes.discussion") + ": " + orDash(item.getDiscussion()));
            pdf.paragraph(text("pdf.minutes.decisions") + ": " + orDash(item.getDecisions()));
            pdf.paragraph(text("pdf.minutes.reviewOn") + ": " + (item.getReviewOn() == null ? "—" : DATE.format(item.getReviewOn())));
            pdf.paragraph(text("pdf.minutes.time", item.getTimeUsedSeconds() / 60, item.getSlotMinutes()));
            if (discussed.actions().isEmpty()) {
                pdf.paragraph(text("pdf.minutes.noActions"));
            } else {
                pdf.table(List.of(text("pdf.col.action"), text("pdf.col.owner"), text("pdf.col.due"),
                        text("pdf.col.priority")), discussed.actions().stream().map(this::actionRow).toList(),
                        3f, 2f, 1f, 0.8f);
            }
        }
        if (minutes.discussed().isEmpty()) {
            pdf.paragraph(text("pdf.minutes.noneDiscussed"));
        }
        if (!minutes.notDiscussed().isEmpty()) {
            pdf.heading(text("pdf.minutes.notDiscussed"));
            pdf.paragraph(minutes.notDiscussed().stream().map(i -> i.getMaracCase().getReference())
                    .collect(Collectors.joining("; ")));
        }
        if (!minutes.removed().isEmpty()) {
            pdf.heading(text("pdf.minutes.removed"));
            minutes.removed().forEach(i -> pdf.paragraph(i.getMaracCase().getReference() + ": " + i.getRemovedReason()));
        }
        if (meeting.getMinutesNotes() != null) {
            pdf.heading(text("pdf.minutes.notes"));
            pdf.paragraph(meeting.getMinutesNotes());
        }
        return pdf.toBytes();
    }

    private PdfDocument document(Meeting meeting, String titleKey) {
        return new PdfDocument(text("pdf.marking")).pageNumbers(text("pdf.page"))
                .runningHeader(text(titleKey) + " — " + meeting.getArea().getName() + " — "
                        + DATE.format(meeting.getStartsAt().atZone(UK)));
    }

    private void details(PdfDocument pdf, Meeting meeting) {
        pdf.paragraph(text("pdf.when") + ": " + dateTime(meeting.getStartsAt()));
        if (meeting.getVenue() != null) {
            pdf.paragraph(text("pdf.venue") + ": " + meeting.getVenue());
        }
        if (meeting.getOnlineLink() != null) {
            pdf.paragraph(text("pdf.online") + ": " + meeting.getOnlineLink());
        }
        if (meeting.getArea().getChair() != null) {
            pdf.paragraph(text("pdf.chair") + ": " + meeting.getArea().getChair().getDisplayName());
        }
    }

    private List<String> attendanceRow(Attendee attendee, String attendance) {
        return List.of(attendee.getMember().getDisplayName(), attendee.getAgency() == null ? "" : attendee.getAgency().getName(),
                attendance, attendee.getConfidentialityAcceptedAt() == null ? text("pdf.minutes.notAccepted")
                        : dateTime(attendee.getConfidentialityAcceptedAt()));
    }

    private List<String> actionRow(CaseAction action) {
        return List.of(action.getDescription(), action.getOwnerAgency().getName()
                        + (action.getAssignee() == null ? "" : " — " + action.getAssignee().getDisplayName()),
                action.getDueDate() == null ? "" : DATE.format(action.getDueDate()),
                text("caseAction.priority." + action.getPriority().name()));
    }

    private static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(UK));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
