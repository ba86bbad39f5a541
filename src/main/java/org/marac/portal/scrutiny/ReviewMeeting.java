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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Member;

/**
 * A panel's review meeting: its date and theme, and the random draw that chose its cases (filter, seed,
 * size, every candidate in drawn order), the criteria in force at the draw, and when the panel concluded.
 */
@Entity
@Table(name = "review_meeting")
public class ReviewMeeting extends AbstractEntity {

    public static final int MAX_SAMPLE = 20;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "panel_id", nullable = false)
    private ScrutinyPanel panel;

    @NotNull(message = "{validation.required}")
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.max300}")
    @Column(nullable = false, length = 300)
    private String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "sample_size")
    private Integer sampleSize;

    @Column(length = 100)
    private String seed;

    @Convert(converter = SampleFilterConverter.class)
    @Column(name = "filter_json", length = 2000)
    private SampleFilter filter;

    /** Every candidate of the draw, in drawn order; the sample is the first {@link #sampleSize}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "review_meeting_candidate", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "draw_rank")
    @Column(name = "case_id", nullable = false)
    private List<Long> drawnOrder = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "review_meeting_criterion", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<ReviewCriterion> criteria = new ArrayList<>();

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "drawn_by_id")
    private Member drawnBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    protected ReviewMeeting() {
    }

    /** A new meeting for a form to fill. */
    public static ReviewMeeting blank() {
        return new ReviewMeeting();
    }

    void planFor(ScrutinyPanel panel) {
        this.panel = panel;
        this.status = MeetingStatus.PLANNED;
    }

    void recordDraw(SampleFilter filter, String seed, int size, List<Long> order, List<ReviewCriterion> criteria,
            Member by, Instant at) {
        this.filter = filter;
        this.seed = seed;
        this.sampleSize = size;
        this.drawnOrder = new ArrayList<>(order);
        this.criteria = new ArrayList<>(criteria);
        this.drawnBy = by;
        this.drawnAt = at;
        this.status = MeetingStatus.SAMPLE_DRAWN;
    }

    void conclude(Instant at) {
        this.status = MeetingStatus.CONCLUDED;
        this.concludedAt = at;
    }

    public boolean isConcluded() {
        return status == MeetingStatus.CONCLUDED;
    }

    public ScrutinyPanel getPanel() { return panel; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme == null ? null : theme.strip(); }
    public MeetingStatus getStatus() { return status; }
    public Integer getSampleSize() { return sampleSize; }
    public String getSeed() { return seed; }
    public SampleFilter getFilter() { return filter; }
    public List<Long> getDrawnOrder() { return drawnOrder; }
    public List<ReviewCriterion> getCriteria() { return criteria; }
    public Instant getDrawnAt() { return drawnAt; }
    public Member getDrawnBy() { return drawnBy; }
    public Instant getConcludedAt() { return concludedAt; }
}
