package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.Meeting;

/** How meetings and their agenda items are named on screen. */
final class MeetingLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private MeetingLabels() {
    }

    /** "Northshire North — Thursday 12 March 2026, 10:00" */
    static String title(Meeting meeting) {
        return meeting.getArea().getName() + " — " + when(meeting);
    }

    static String when(Meeting meeting) {
        return DAY.format(meeting.getStartsAt().atZone(DateFormats.UK));
    }

    static String time(java.time.Instant instant) {
        return TIME.format(instant.atZone(DateFormats.UK));
    }

    static String status(Meeting meeting) {
        return Labels.of("meeting.status", meeting.getStatus());
    }

    /** "HC-2026-0007 (new)" */
    static String item(AgendaItem item) {
        return item(item.getMaracCase().getReference(), item.getKind());
    }

    static String item(String reference, org.marac.portal.meeting.AgendaItemKind kind) {
        return reference + " (" + Labels.of("agenda.kind", kind).toLowerCase(Locale.UK) + ")";
    }

    static RouteParameters parameters(Long meetingId) {
        return new RouteParameters("meetingId", String.valueOf(meetingId));
    }

    static RouteParameters caseParameters(Long caseId) {
        return new RouteParameters("caseId", String.valueOf(caseId));
    }

    /** mm:ss */
    static String minutesAndSeconds(long seconds) {
        return String.format(Locale.UK, "%02d:%02d", seconds / 60, seconds % 60);
    }

    static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
