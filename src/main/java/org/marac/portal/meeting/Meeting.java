package org.marac.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.Member;

/**
 * One MARAC meeting. Its version guards the agenda as a whole: every change to the agenda touches the
 * meeting, so two chairs editing the same agenda cannot overwrite each other. The approved minutes (a PDF
 * kept unchanged as the record) sit in the same row but are read only when downloaded.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "series_id", nullable = false, updatable = false)
    private MeetingSeries series;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private MaracArea area;

    /** The occurrence of the series (0 = first meeting); null for an extra meeting. */
    @Column(updatable = false)
    private Integer occurrence;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(length = 200)
    private String venue;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(nullable = false)
    private boolean moved;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "agenda_changed_at")
    private Instant agendaChangedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "current_item_id")
    private Long currentItemId;

    @Column(name = "current_item_started_at")
    private Instant currentItemStartedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "minute_taker_id")
    private Member minuteTaker;

    @Column(name = "minutes_notes", length = 4000)
    private String minutesNotes;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "minutes_approved_by_id")
    private Member minutesApprovedBy;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "meeting_agency",
            joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> invitedAgencies = new LinkedHashSet<>();

    protected Meeting() {
    }

    Meeting(MeetingSeries series, Integer occurrence, Instant startsAt) {
        this.series = series;
        this.area = series.getArea();
        this.occurrence = occurrence;
        this.startsAt = startsAt;
        this.venue = series.getVenue();
        this.onlineLink = series.getOnlineLink();
        this.invitedAgencies = new LinkedHashSet<>(series.getArea().getMemberAgencies());
    }

    /** Records a change to the agenda so that the meeting's version moves on with it. */
    void agendaChanged(Instant at) {
        this.agendaChangedAt = at;
    }

    void publish(Instant at) {
        this.status = MeetingStatus.AGENDA_PUBLISHED;
        this.publishedAt = at;
        this.agendaChangedAt = at;
    }

    void moveTo(Instant startsAt, String venue, String onlineLink) {
        this.startsAt = startsAt;
        this.venue = MeetingSeries.blankToNull(venue);
        this.onlineLink = MeetingSeries.blankToNull(onlineLink);
        this.moved = true;
    }

    void cancel(String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason;
    }

    void start(Instant at) {
        this.status = MeetingStatus.IN_PROGRESS;
        this.startedAt = at;
    }

    void setCurrent(Long itemId, Instant at) {
        this.currentItemId = itemId;
        this.currentItemStartedAt = itemId == null ? null : at;
    }

    void conclude(Instant at) {
        this.status = MeetingStatus.CONCLUDED;
        this.concludedAt = at;
        setCurrent(null, at);
    }

    void approveMinutes(Member by, Instant at) {
        this.status = MeetingStatus.MINUTES_APPROVED;
        this.minutesApprovedBy = by;
        this.minutesApprovedAt = at;
    }


    /** Seconds the current item has run since it became current. */
    public long secondsOnCurrent(Instant now) {
        return currentItemStartedAt == null ? 0 : Math.max(0, Duration.between(currentItemStartedAt, now).getSeconds());
    }

    public boolean isChairedBy(org.marac.portal.partner.PortalUser user) {
        return user.hasRole(org.marac.portal.partner.Role.CHAIR) && area.getChair() != null
                && area.getChair().getId().equals(user.getMemberId());
    }

    public MeetingSeries getSeries() { return series; }
    public MaracArea getArea() { return area; }
    public Integer getOccurrence() { return occurrence; }
    public Instant getStartsAt() { return startsAt; }
    public String getVenue() { return venue; }
    public String getOnlineLink() { return onlineLink; }
    public MeetingStatus getStatus() { return status; }
    public boolean isMoved() { return moved; }
    public String getCancelReason() { return cancelReason; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getConcludedAt() { return concludedAt; }
    public Long getCurrentItemId() { return currentItemId; }
    public Instant getCurrentItemStartedAt() { return currentItemStartedAt; }
    public Member getMinuteTaker() { return minuteTaker; }
    void setMinuteTaker(Member minuteTaker) { this.minuteTaker = minuteTaker; }
    public String getMinutesNotes() { return minutesNotes; }
    void setMinutesNotes(String minutesNotes) { this.minutesNotes = minutesNotes; }
    public Instant getMinutesApprovedAt() { return minutesApprovedAt; }
    public Member getMinutesApprovedBy() { return minutesApprovedBy; }
    public Set<Agency> getInvitedAgencies() { return invitedAgencies; }
}
