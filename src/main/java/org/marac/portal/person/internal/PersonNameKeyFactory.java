package org.marac.portal.person.internal;

import java.util.List;
import org.marac.portal.person.Person;
import org.marac.portal.person.PersonMatcher;

/** Builds a person's blocking keys, clipped to the column's width. */
public final class PersonNameKeyFactory {

    private PersonNameKeyFactory() {
    }

    public static List<PersonNameKey> keysFor(Person person) {
        return PersonMatcher.blockingKeys(person.allNames()).stream()
                .map(key -> key.length() > 40 ? key.substring(0, 40) : key)
                .distinct()
                .map(key -> new PersonNameKey(person.getId(), key))
                .toList();
    }
}
