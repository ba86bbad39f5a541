package org.marac.portal.nomination;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see a case, as one query predicate used for single records and for every list, count, search
 * and export alike, so the two can never disagree:
 * <ul>
 * <li>an agency's practitioners, supervisors and leads see the cases their agency nominated, and, until
 * the case closes, the cases shared with their agency (a published agenda of a meeting it attends lists
 * the case, or it owns an action on it: {@link CaseShare});</li>
 * <li>an area's chair sees the area's cases once submitted;</li>
 * <li>nobody else: scrutiny panels see closed cases only through their own pseudonymised view, the data
 * protection officer works on the log and subject access, and administrators never see case content.</li>
 * </ul>
 */
@Component
public class CaseAccessPolicy {

    /** The rule as a query predicate. */
    public Specification<MaracCase> visibleTo(PortalUser user) {
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (seesAgencyCases(user)) {
                any.add(cb.equal(root.get("nominatingAgency").get("id"), user.getAgencyId()));
                any.add(cb.and(cb.notEqual(root.get("status"), CaseStatus.CLOSED),
                        cb.exists(sharedWithAgency(root, query.subquery(Long.class), cb, user.getAgencyId()))));
            }
            if (user.hasRole(Role.CHAIR)) {
                any.add(cb.and(cb.notEqual(root.get("status"), CaseStatus.DRAFT),
                        cb.equal(root.join("area", JoinType.LEFT).join("chair", JoinType.LEFT).get("id"), user.getMemberId())));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }

    /**
     * What of a member the rule reads: members with the same viewpoint see the same cases, so one of them
     * being let in to a case answers for the others at that moment (the live meeting's screens rely on it).
     * Whatever of the member {@link #visibleTo(PortalUser)} comes to read must be part of it.
     */
    public record Viewpoint(Long agency, Long chair) {
    }

    public Viewpoint viewpoint(PortalUser user) {
        return new Viewpoint(seesAgencyCases(user) ? user.getAgencyId() : null,
                user.hasRole(Role.CHAIR) ? user.getMemberId() : null);
    }

    /** The rule for one case: the same predicate, narrowed to that id. */
    public Specification<MaracCase> visibleTo(PortalUser user, Long caseId) {
        return visibleTo(user).and((root, query, cb) -> cb.equal(root.get("id"), caseId));
    }

    private static Subquery<Long> sharedWithAgency(Root<MaracCase> maracCase, Subquery<Long> shared, CriteriaBuilder cb,
            Long agencyId) {
        Root<CaseShare> share = shared.from(CaseShare.class);
        return shared.select(share.get("id")).where(cb.equal(share.get("maracCase"), maracCase),
                cb.equal(share.get("agencyId"), agencyId), cb.isNull(share.get("endedAt")));
    }

    /** Only the nominating agency's practitioners change a nomination, and only while it is a draft. */
    public boolean canEditNomination(PortalUser user, MaracCase maracCase) {
        return maracCase.isEditableByNominator() && user.hasRole(Role.PRACTITIONER)
                && user.getAgencyId().equals(maracCase.getNominatingAgency().getId());
    }

    /** Members whose roles give them an agency's view of cases. */
    public static boolean seesAgencyCases(PortalUser user) {
        return user.getAgencyId() != null && (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.SUPERVISOR)
                || user.hasRole(Role.AGENCY_LEAD));
    }
}
