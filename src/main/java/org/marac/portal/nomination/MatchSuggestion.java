package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Member;
import org.marac.portal.person.Person;

/** "These two people may be the same": found at submission, decided by the area chair. */
@Entity
@Table(name = "match_suggestion")
public class MatchSuggestion extends AbstractEntity {

    public enum Decision { SUGGESTED, CONFIRMED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "existing_person_id", nullable = false)
    private Person existingPerson;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false, length = 200)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Decision status = Decision.SUGGESTED;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decided_by_id")
    private Member decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MatchSuggestion() {
    }

    MatchSuggestion(MaracCase maracCase, Person person, Person existingPerson, double score, String reasons) {
        this.maracCase = maracCase;
        this.person = person;
        this.existingPerson = existingPerson;
        this.score = score;
        this.reasons = reasons;
    }

    void decide(Decision decision, Member by, Instant at) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public MaracCase getMaracCase() { return maracCase; }
    public Person getPerson() { return person; }
    public Person getExistingPerson() { return existingPerson; }
    public double getScore() { return score; }
    public String getReasons() { return reasons; }
    public Decision getStatus() { return status; }
    public Member getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
