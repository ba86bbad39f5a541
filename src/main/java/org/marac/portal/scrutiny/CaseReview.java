package org.marac.portal.scrutiny;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Member;

/** One panel member's review of one selected case: a rating and comment per criterion, and an overall comment. */
@Entity
@Table(name = "case_review")
public class CaseReview extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_case_id", nullable = false)
    private ReviewCase reviewCase;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_review_rating", joinColumns = @JoinColumn(name = "case_review_id"))
    @MapKeyColumn(name = "criterion_id")
    private Map<Long, RatedCriterion> ratings = new HashMap<>();

    @Column(name = "overall_comment", length = 4000)
    private String overallComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected CaseReview() {
    }

    CaseReview(ReviewCase reviewCase, Member member) {
        this.reviewCase = reviewCase;
        this.member = member;
    }

    void write(Map<Long, RatedCriterion> ratings, String overallComment) {
        this.ratings = new HashMap<>(ratings);
        this.overallComment = overallComment == null || overallComment.isBlank() ? null : overallComment.strip();
    }

    void submit(Instant at) {
        this.submittedAt = at;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getReviewCaseId() { return reviewCase.getId(); }
    public Member getMember() { return member; }
    public Map<Long, RatedCriterion> getRatings() { return ratings; }
    public String getOverallComment() { return overallComment; }
    public Instant getSubmittedAt() { return submittedAt; }
}
