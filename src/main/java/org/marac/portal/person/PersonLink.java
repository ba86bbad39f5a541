package org.marac.portal.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.marac.portal.base.AbstractEntity;

/** Two person records the area chair confirmed to be the same person. */
@Entity
@Table(name = "person_link")
public class PersonLink extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "linked_id", nullable = false)
    private Long linkedId;

    protected PersonLink() {
    }

    PersonLink(Long personId, Long linkedId) {
        this.personId = personId;
        this.linkedId = linkedId;
    }

    public Long getPersonId() { return personId; }
    public Long getLinkedId() { return linkedId; }
}
