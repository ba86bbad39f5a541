package org.marac.portal.person.internal;

import java.util.List;
import org.marac.portal.person.PersonLink;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonLinkRepository extends JpaRepository<PersonLink, Long> {

    @Query("select l from PersonLink l where l.personId = :personId or l.linkedId = :personId")
    List<PersonLink> findInvolving(Long personId);

    boolean existsByPersonIdAndLinkedId(Long personId, Long linkedId);
}
