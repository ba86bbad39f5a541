package org.marac.portal.person.internal;

import java.util.List;
import org.marac.portal.person.Person;
import org.marac.portal.person.PersonMatcher;

/** Builds a person's blocking keys, clipped to the column's width. */
public final class PersonNameKeyFactory {

    private PersonNameKeyFactory() {
    }

    public static List<PersonNameKey> keysFor(Person person) {
        return PersonMatcher.indexKeys(person.allNames()).stream()
                .map(key -> new PersonNameKey(person.getId(), key))
                .toList();
    }
}
