package org.marac.portal.nomination.internal;

import java.util.Collection;
import java.util.List;
import org.marac.portal.nomination.CaseInformation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseInformationRepository extends JpaRepository<CaseInformation, Long> {

    /** The entries of a case the agency may read: everyone's unrestricted ones and its own restricted ones. */
    @Query("""
            select i from CaseInformation i where i.maracCase.id = :caseId
              and (i.restricted = false or i.agency.id = :agencyId)
            order by i.createdAt desc
            """)
    List<CaseInformation> findReadableBy(Long caseId, Long agencyId);

    List<CaseInformation> findByMaracCaseId(Long caseId);

    /** Which agency has recorded research on which case for a meeting: counts only, no content. */
    @Query("""
            select i.maracCase.id, i.agency.id from CaseInformation i
            where i.meetingId = :meetingId and i.maracCase.id in :caseIds
            group by i.maracCase.id, i.agency.id
            """)
    List<Object[]> findResearchedPairs(Long meetingId, Collection<Long> caseIds);

    /** How many agencies shared anything on the case: a count, for the scrutiny panel's pseudonymised view. */
    @Query("select count(distinct i.agency.id) from CaseInformation i where i.maracCase.id = :caseId")
    long countSharingAgencies(Long caseId);

    /** Entries every partner could read (none restricted to one agency), oldest first. */
    @Query("select i from CaseInformation i where i.maracCase.id = :caseId and i.restricted = false order by i.createdAt")
    List<CaseInformation> findUnrestricted(Long caseId);
}
