package org.marac.portal.person.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonNameKeyRepository extends JpaRepository<PersonNameKey, PersonNameKey.Key> {

    @Modifying
    @Query("delete from PersonNameKey k where k.personId = :personId")
    void deleteByPersonId(Long personId);
}
