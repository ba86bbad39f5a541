package org.marac.portal.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.marac.portal.base.AbstractEntity;

/** A question the panel asks of every case it reviews, with guidance on what "met" looks like. */
@Entity
@Table(name = "review_criterion")
public class ReviewCriterion extends AbstractEntity {

    /** The eight criteria a new panel starts with, as message keys: title and guidance. */
    static final java.util.List<String> SEED = java.util.List.of("timeliness", "victimPerception", "riskAssessment",
            "riskPlan", "supportReferral", "partnershipActions", "communication", "outcome");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id", nullable = false)
    private ScrutinyPanel panel;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max200}")
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 1000, message = "{validation.max1000}")
    @Column(length = 1000)
    private String guidance;

    @Column(nullable = false)
    private boolean active = true;

    protected ReviewCriterion() {
    }

    /** A new criterion for a form to fill. */
    public static ReviewCriterion blank() {
        return new ReviewCriterion();
    }

    ReviewCriterion(ScrutinyPanel panel, int position, String title, String guidance) {
        this.panel = panel;
        this.position = position;
        this.title = title;
        this.guidance = guidance;
    }

    void placeIn(ScrutinyPanel panel, int position) {
        this.panel = panel;
        this.position = position;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getPanelId() { return panel == null ? null : panel.getId(); }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.strip(); }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = guidance == null || guidance.isBlank() ? null : guidance.strip(); }
    public boolean isActive() { return active; }
}
