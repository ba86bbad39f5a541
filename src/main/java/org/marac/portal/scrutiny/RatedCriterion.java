package org.marac.portal.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One member's rating of one criterion for one case, with their comment. */
@Embeddable
public class RatedCriterion {

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CriterionRating rating;

    @Column(length = 2000)
    private String comment;

    protected RatedCriterion() {
    }

    public RatedCriterion(CriterionRating rating, String comment) {
        this.rating = rating;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public CriterionRating getRating() { return rating; }
    public String getComment() { return comment; }
}
