package org.marac.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.MaracArea;

/**
 * An area's MARAC series: occurrences every N weeks (the area's cadence) from the first meeting's date, at
 * the usual time and place; the default slot per case and the area's agenda order.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries extends AbstractEntity {

    public static final int DEFAULT_SLOT_MINUTES = 12;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private MaracArea area;

    @NotNull(message = "{validation.required}")
    @Column(name = "first_meeting_on", nullable = false)
    private LocalDate firstMeetingOn;

    @NotNull(message = "{validation.required}")
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime = LocalTime.of(10, 0);

    @Size(max = 200, message = "{validation.max200}")
    @Column(length = 200)
    private String venue;

    @Size(max = 500, message = "{meeting.link.tooLong}")
    @Pattern(regexp = "^$|^https://\\S+$", message = "{meeting.link.https}")
    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Min(value = 5, message = "{agenda.slot.range}")
    @Max(value = 60, message = "{agenda.slot.range}")
    @Column(name = "default_slot_minutes", nullable = false)
    private int defaultSlotMinutes = DEFAULT_SLOT_MINUTES;

    @Column(name = "agenda_order", nullable = false, length = 200)
    private String agendaOrder = AgendaOrdering.DEFAULT.encode();

    protected MeetingSeries() {
    }

    public MeetingSeries(MaracArea area) {
        this.area = area;
    }

    /** When occurrence {@code number} (0 is the first meeting) takes place, in UK time, every cadence weeks. */
    public ZonedDateTime occurrenceStart(int number) {
        return firstMeetingOn.plusWeeks((long) number * area.getCadenceWeeks()).atTime(startTime).atZone(UK);
    }

    public AgendaOrdering ordering() {
        return AgendaOrdering.decode(agendaOrder);
    }

    public void setOrdering(AgendaOrdering ordering) {
        this.agendaOrder = ordering.encode();
    }

    public MaracArea getArea() { return area; }
    public LocalDate getFirstMeetingOn() { return firstMeetingOn; }
    public void setFirstMeetingOn(LocalDate firstMeetingOn) { this.firstMeetingOn = firstMeetingOn; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = blankToNull(venue); }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = blankToNull(onlineLink); }
    public int getDefaultSlotMinutes() { return defaultSlotMinutes; }
    public void setDefaultSlotMinutes(int defaultSlotMinutes) { this.defaultSlotMinutes = defaultSlotMinutes; }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
