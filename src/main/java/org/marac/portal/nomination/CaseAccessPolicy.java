package org.marac.portal.nomination;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see a case, decided in one place and used both for single records and as the query predicate
 * of every list. Now: an agency's practitioners, supervisors and leads see the cases their agency
 * nominated; an area's chair sees the area's submitted cases; nobody else sees any.
 */
@Component
public class CaseAccessPolicy {

    public boolean canSee(PortalUser user, MaracCase maracCase) {
        if (seesAgencyCases(user) && user.getAgencyId().equals(maracCase.getNominatingAgency().getId())) {
            return true;
        }
        return user.hasRole(Role.CHAIR) && maracCase.getStatus() != CaseStatus.DRAFT
                && maracCase.getArea() != null && maracCase.getArea().getChair() != null
                && user.getMemberId().equals(maracCase.getArea().getChair().getId());
    }

    /** The same rule as {@link #canSee}, as a query predicate. */
    public Specification<MaracCase> visibleTo(PortalUser user) {
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (seesAgencyCases(user)) {
                any.add(cb.equal(root.get("nominatingAgency").get("id"), user.getAgencyId()));
            }
            if (user.hasRole(Role.CHAIR)) {
                any.add(cb.and(cb.notEqual(root.get("status"), CaseStatus.DRAFT),
                        cb.equal(root.join("area", JoinType.LEFT).join("chair", JoinType.LEFT).get("id"), user.getMemberId())));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }

    /** Only the nominating agency's practitioners change a nomination, and only while it is a draft. */
    public boolean canEditNomination(PortalUser user, MaracCase maracCase) {
        return maracCase.isEditableByNominator() && user.hasRole(Role.PRACTITIONER)
                && user.getAgencyId().equals(maracCase.getNominatingAgency().getId());
    }

    private static boolean seesAgencyCases(PortalUser user) {
        return user.getAgencyId() != null && (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.SUPERVISOR)
                || user.hasRole(Role.AGENCY_LEAD));
    }
}
