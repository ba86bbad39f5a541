package org.marac.portal.person.internal;

import java.util.Collection;
import java.util.List;
import org.marac.portal.person.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** People sharing a name key with the given keys, or the same date of birth and postcode. */
    @Query("""
            select distinct p from Person p
            where p.id <> :excludeId and (
                p.id in (select k.personId from PersonNameKey k where k.nameKey in :keys)
                or (:dateOfBirth is not null and :postcode is not null
                    and p.dateOfBirth = :dateOfBirth and p.postcode = :postcode))
            """)
    List<Person> findCandidates(Long excludeId, Collection<String> keys, java.time.LocalDate dateOfBirth, String postcode);
}
