package org.marac.portal.dataprotection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Member;

/** A closed case whose retention period has ended, and the decision on it. Holds references, not personal data. */
@Entity
@Table(name = "retention_review")
public class RetentionReview extends AbstractEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "case_reference", nullable = false, length = 20)
    private String caseReference;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RetentionStatus status = RetentionStatus.DUE;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decided_by_id")
    private Member decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String reason;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    protected RetentionReview() {
    }

    RetentionReview(Long caseId, String caseReference, Long areaId, Instant closedAt, LocalDate dueOn) {
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.areaId = areaId;
        this.closedAt = closedAt;
        this.dueOn = dueOn;
    }

    void decide(RetentionStatus status, Member by, Instant at, String reason, LocalDate nextReviewOn) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reason;
        this.nextReviewOn = nextReviewOn;
    }

    public Long getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public Long getAreaId() { return areaId; }
    public Instant getClosedAt() { return closedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public RetentionStatus getStatus() { return status; }
    public Member getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getReason() { return reason; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
}
