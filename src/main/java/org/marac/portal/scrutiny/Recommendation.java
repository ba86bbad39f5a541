package org.marac.portal.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;

/**
 * What a review meeting asks an agency to do, by when; the agency lead's answer (accepted, partly,
 * rejected) with the action taken; and the panel closing it once satisfied.
 */
@Entity
@Table(name = "scrutiny_recommendation")
public class Recommendation extends AbstractEntity {

    /** Where a recommendation stands, for the panel's tracking. */
    public enum Progress {
        AWAITING_RESPONSE,
        OVERDUE,
        RESPONDED,
        CLOSED
    }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private ReviewMeeting meeting;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "recommendation", nullable = false, length = 2000)
    private String text;

    @NotNull(message = "{validation.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false)
    private Member createdBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ResponseDecision response;

    @Column(name = "action_taken", length = 2000)
    private String actionTaken;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "responded_by_id")
    private Member respondedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by_id")
    private Member closedBy;

    protected Recommendation() {
    }

    /** A new recommendation for a form to fill. */
    public static Recommendation blank() {
        return new Recommendation();
    }

    void madeAt(ReviewMeeting meeting, Member by) {
        this.meeting = meeting;
        this.createdBy = by;
    }

    void respond(ResponseDecision decision, String actionTaken, Member by, Instant at) {
        this.response = decision;
        this.actionTaken = actionTaken;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    void close(Member by, Instant at) {
        this.closedBy = by;
        this.closedAt = at;
    }

    public Progress progress(LocalDate today) {
        if (closedAt != null) {
            return Progress.CLOSED;
        }
        if (response != null) {
            return Progress.RESPONDED;
        }
        return dueDate != null && dueDate.isBefore(today) ? Progress.OVERDUE : Progress.AWAITING_RESPONSE;
    }

    public ReviewMeeting getMeeting() { return meeting; }
    public Agency getAgency() { return agency; }
    public void setAgency(Agency agency) { this.agency = agency; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? null : text.strip(); }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Member getCreatedBy() { return createdBy; }
    public ResponseDecision getResponse() { return response; }
    public String getActionTaken() { return actionTaken; }
    public Instant getRespondedAt() { return respondedAt; }
    public Member getRespondedBy() { return respondedBy; }
    public Instant getClosedAt() { return closedAt; }
}
