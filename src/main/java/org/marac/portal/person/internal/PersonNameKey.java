package org.marac.portal.person.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A phonetic key of one of a person's names: the blocking index for "possible same person". Derived data,
 * rewritten whenever the names change, so it carries no version of its own.
 */
@Entity
@Table(name = "person_name_key")
@IdClass(PersonNameKey.Key.class)
public class PersonNameKey {

    public record Key(Long personId, String nameKey) implements Serializable {
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "name_key", length = 40)
    private String nameKey;

    protected PersonNameKey() {
    }

    PersonNameKey(Long personId, String nameKey) {
        this.personId = personId;
        this.nameKey = nameKey;
    }
}
