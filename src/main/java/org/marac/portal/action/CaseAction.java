package org.marac.portal.action;

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
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;

/** One action of a case's plan: what, which agency owns it (and optionally who), by when, and where it stands. */
@Entity
@Table(name = "case_action")
public class CaseAction extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    /** The meeting that agreed it; null when the chair set it between meetings. */
    @Column(name = "meeting_id")
    private Long meetingId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.max2000}")
    @Column(nullable = false, length = 2000)
    private String description;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_agency_id", nullable = false)
    private Agency ownerAgency;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assignee_id")
    private Member assignee;

    @NotNull(message = "{validation.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionPriority priority = ActionPriority.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false)
    private Member createdBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When the owner and chair were reminded that it falls due soon; null until then. */
    @Column(name = "due_soon_sent_at")
    private Instant dueSoonSentAt;

    /** When the owner and chair were told it is overdue; null until then. */
    @Column(name = "overdue_sent_at")
    private Instant overdueSentAt;

    protected CaseAction() {
    }

    /** A new action for a form to fill. */
    public static CaseAction blank() {
        return new CaseAction();
    }

    void createdFor(MaracCase maracCase, Long meetingId, Member createdBy) {
        this.maracCase = maracCase;
        this.meetingId = meetingId;
        this.createdBy = createdBy;
        this.status = ActionStatus.OPEN;
    }

    void moveTo(ActionStatus status, String reason, Instant at) {
        this.status = status;
        this.statusReason = reason;
        this.finishedAt = status.isFinished() ? at : null;
    }

    void dueSoonSent(Instant at) {
        this.dueSoonSentAt = at;
    }

    void overdueSent(Instant at) {
        this.overdueSentAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isFinished() && dueDate != null && dueDate.isBefore(today);
    }

    public MaracCase getMaracCase() { return maracCase; }
    public Long getCaseId() { return maracCase == null ? null : maracCase.getId(); }
    public Long getMeetingId() { return meetingId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Agency getOwnerAgency() { return ownerAgency; }
    public void setOwnerAgency(Agency ownerAgency) { this.ownerAgency = ownerAgency; }
    public Member getAssignee() { return assignee; }
    public void setAssignee(Member assignee) { this.assignee = assignee; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public ActionPriority getPriority() { return priority; }
    public void setPriority(ActionPriority priority) { this.priority = priority; }
    public ActionStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Member getCreatedBy() { return createdBy; }
    public Instant getFinishedAt() { return finishedAt; }
}
