package org.marac.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.RiskLevel;

/**
 * A case on an agenda: its place and time slot, and what the meeting recorded about it (discussion, agreed
 * risk, decisions, review date). Removing it keeps the row with the reason, for the record.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private MaracCase maracCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgendaItemKind kind;

    @Column(nullable = false)
    private int position;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "added_reason", length = 500)
    private String addedReason;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_reason", length = 500)
    private String removedReason;

    @Column(nullable = false)
    private boolean discussed;

    @Column(name = "time_used_seconds", nullable = false)
    private int timeUsedSeconds;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String discussion;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_risk", length = 10)
    private RiskLevel agreedRisk;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String decisions;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, MaracCase maracCase, AgendaItemKind kind, int position, int slotMinutes, String addedReason) {
        this.meeting = meeting;
        this.maracCase = maracCase;
        this.kind = kind;
        this.position = position;
        this.slotMinutes = slotMinutes;
        this.addedReason = addedReason;
    }

    /** A copy holding only the outcome fields, for a form to fill. */
    public static AgendaItem outcomeOf(AgendaItem item) {
        AgendaItem copy = new AgendaItem();
        copy.discussion = item.discussion;
        copy.agreedRisk = item.agreedRisk;
        copy.decisions = item.decisions;
        copy.reviewOn = item.reviewOn;
        return copy;
    }

    void remove(Instant at, String reason) {
        this.removedAt = at;
        this.removedReason = reason;
    }

    void addTime(long seconds) {
        this.timeUsedSeconds = (int) Math.min(Integer.MAX_VALUE, timeUsedSeconds + Math.max(0, seconds));
    }

    void markDiscussed() {
        this.discussed = true;
    }

    void recordOutcome(AgendaItem outcome) {
        this.discussion = MeetingSeries.blankToNull(outcome.discussion);
        this.agreedRisk = outcome.agreedRisk;
        this.decisions = MeetingSeries.blankToNull(outcome.decisions);
        this.reviewOn = outcome.reviewOn;
    }

    public Meeting getMeeting() { return meeting; }
    public MaracCase getMaracCase() { return maracCase; }
    public Long getCaseId() { return maracCase.getId(); }
    public AgendaItemKind getKind() { return kind; }
    public int getPosition() { return position; }
    void setPosition(int position) { this.position = position; }
    public int getSlotMinutes() { return slotMinutes; }
    void setSlotMinutes(int slotMinutes) { this.slotMinutes = slotMinutes; }
    public String getAddedReason() { return addedReason; }
    public Instant getRemovedAt() { return removedAt; }
    public String getRemovedReason() { return removedReason; }
    public boolean isRemoved() { return removedAt != null; }
    public boolean isDiscussed() { return discussed; }
    public int getTimeUsedSeconds() { return timeUsedSeconds; }
    public String getDiscussion() { return discussion; }
    public void setDiscussion(String discussion) { this.discussion = discussion; }
    public RiskLevel getAgreedRisk() { return agreedRisk; }
    public void setAgreedRisk(RiskLevel agreedRisk) { this.agreedRisk = agreedRisk; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
}
