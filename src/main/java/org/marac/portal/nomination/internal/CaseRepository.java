package org.marac.portal.nomination.internal;

import java.util.Collection;
import java.util.List;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<MaracCase, Long>, JpaSpecificationExecutor<MaracCase> {

    /** Other cases in which any of these people is the victim. */
    @Query("""
            select distinct c from MaracCase c join c.parties p
            where p.role = org.marac.portal.nomination.PartyRole.VICTIM and p.person.id in :personIds and c.id <> :excludeId
            """)
    List<MaracCase> findWithVictimAmong(Collection<Long> personIds, Long excludeId);

    @Query("select distinct c from MaracCase c join c.parties p where p.person.id in :personIds order by c.id")
    List<MaracCase> findInvolving(Collection<Long> personIds);

    List<MaracCase> findByAreaIdAndStatusOrderBySubmittedAtAsc(Long areaId, CaseStatus status);

    /** The ids of the case's people, without loading the case. */
    @Query("select p.person.id from CaseParty p where p.maracCase.id = :caseId")
    List<Long> personIdsOf(Long caseId);
}
