package org.marac.portal.nomination;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.person.Person;

/** A person's part in a case. */
@Entity
@Table(name = "case_party")
public class CaseParty extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyRole role;

    @Valid
    @ManyToOne(fetch = FetchType.EAGER, optional = false, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    protected CaseParty() {
    }

    CaseParty(MaracCase maracCase, PartyRole role, Person person) {
        this.maracCase = maracCase;
        this.role = role;
        this.person = person;
    }

    public PartyRole getRole() { return role; }
    public Person getPerson() { return person; }
    public void setPerson(Person person) { this.person = person; }
    MaracCase getMaracCase() { return maracCase; }
}
