package org.marac.portal.scrutiny;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.Member;

/**
 * A closed case drawn for a review meeting, known to the panel only as "Case N": its redacted summary and
 * release, its withholding or swap, a profile of non-identifying categories kept for the aggregate report,
 * and the finding the panel agreed.
 */
@Entity
@Table(name = "review_case")
public class ReviewCase extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private ReviewMeeting meeting;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "label_number", nullable = false)
    private int labelNumber;

    @Column(name = "draw_rank", nullable = false)
    private int drawRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SelectionStatus status = SelectionStatus.AWAITING_SUMMARY;

    @Column(length = 4000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "summary_by_id")
    private Member summaryBy;

    @Column(name = "summary_saved_at")
    private Instant summarySavedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "released_by_id")
    private Member releasedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "withheld_reason", length = 30)
    private SwapReason withheldReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "swap_reason", length = 30)
    private SwapReason swapReason;

    @Column(name = "swap_note", length = 1000)
    private String swapNote;

    @Column(name = "swapped_at")
    private Instant swappedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "swapped_by_id")
    private Member swappedBy;

    @Convert(converter = StrandsConverter.class)
    @Column(name = "profile_strands", length = 200)
    private Set<Strand> profileStrands = EnumSet.noneOf(Strand.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_cps_outcome", length = 20)
    private CpsOutcome profileCpsOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_final_risk", length = 10)
    private RiskLevel profileFinalRisk;

    @Column(name = "profile_repeat")
    private Boolean profileRepeat;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_case_finding", joinColumns = @JoinColumn(name = "review_case_id"))
    @MapKeyColumn(name = "criterion_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 20)
    private Map<Long, CriterionRating> findings = new HashMap<>();

    @Column(name = "finding_text", length = 4000)
    private String findingText;

    @Column(name = "finding_agreed_at")
    private Instant findingAgreedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_agreed_by_id")
    private Member findingAgreedBy;

    protected ReviewCase() {
    }

    ReviewCase(ReviewMeeting meeting, Long caseId, int labelNumber, int drawRank) {
        this.meeting = meeting;
        this.caseId = caseId;
        this.labelNumber = labelNumber;
        this.drawRank = drawRank;
    }

    void saveSummary(String summary, Member by, Instant at) {
        this.summary = summary;
        this.summaryBy = by;
        this.summarySavedAt = at;
    }

    void release(Member by, Instant at, Set<Strand> strands, CpsOutcome cpsOutcome, RiskLevel finalRisk, boolean repeat) {
        this.status = SelectionStatus.RELEASED;
        this.releasedBy = by;
        this.releasedAt = at;
        this.withheldReason = null;
        this.profileStrands = strands.isEmpty() ? EnumSet.noneOf(Strand.class) : EnumSet.copyOf(strands);
        this.profileCpsOutcome = cpsOutcome;
        this.profileFinalRisk = finalRisk;
        this.profileRepeat = repeat;
    }

    void withhold(SwapReason reason) {
        this.status = SelectionStatus.WITHHELD;
        this.withheldReason = reason;
    }

    void swapOut(SwapReason reason, String note, Member by, Instant at) {
        this.status = SelectionStatus.SWAPPED_OUT;
        this.swapReason = reason;
        this.swapNote = note;
        this.swappedBy = by;
        this.swappedAt = at;
    }

    void agreeFinding(Map<Long, CriterionRating> ratings, String text, Member by, Instant at) {
        this.findings = new HashMap<>(ratings);
        this.findingText = text;
        this.findingAgreedBy = by;
        this.findingAgreedAt = at;
    }

    public boolean isFindingAgreed() {
        return findingAgreedAt != null;
    }

    public ReviewMeeting getMeeting() { return meeting; }
    public Long getCaseId() { return caseId; }
    public int getLabelNumber() { return labelNumber; }
    public int getDrawRank() { return drawRank; }
    public SelectionStatus getStatus() { return status; }
    public String getSummary() { return summary; }
    public Instant getSummarySavedAt() { return summarySavedAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public SwapReason getWithheldReason() { return withheldReason; }
    public SwapReason getSwapReason() { return swapReason; }
    public String getSwapNote() { return swapNote; }
    public Instant getSwappedAt() { return swappedAt; }
    public Set<Strand> getProfileStrands() { return profileStrands; }
    public CpsOutcome getProfileCpsOutcome() { return profileCpsOutcome; }
    public RiskLevel getProfileFinalRisk() { return profileFinalRisk; }
    public Boolean getProfileRepeat() { return profileRepeat; }
    public Map<Long, CriterionRating> getFindings() { return findings; }
    public String getFindingText() { return findingText; }
    public Instant getFindingAgreedAt() { return findingAgreedAt; }
}
