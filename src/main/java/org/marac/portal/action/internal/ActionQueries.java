package org.marac.portal.action.internal;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marac.portal.action.ActionFilter;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.action.CaseAction;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.PortalUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Action lists as query predicates: always within the cases the member may see, then the list's filter. */
@Component
public class ActionQueries {

    private final CaseAccessPolicy policy;

    ActionQueries(CaseAccessPolicy policy) {
        this.policy = policy;
    }

    /** Actions owned by the member's agency on cases the member may see. */
    public Specification<CaseAction> ownedByAgency(PortalUser user, ActionFilter filter, LocalDate today) {
        Specification<CaseAction> owned = (root, query, cb) -> cb.equal(root.get("ownerAgency").get("id"), user.getAgencyId());
        return owned.and(onVisibleCases(user)).and(matching(filter, today));
    }

    /** Actions on the cases of the areas the member chairs. */
    public Specification<CaseAction> inChairedAreas(PortalUser user, ActionFilter filter, LocalDate today) {
        Specification<CaseAction> chaired = (root, query, cb) ->
                cb.equal(root.join("maracCase").join("area").get("chair").get("id"), user.getMemberId());
        return chaired.and(onVisibleCases(user)).and(matching(filter, today));
    }

    private Specification<CaseAction> onVisibleCases(PortalUser user) {
        return (root, query, cb) -> {
            Subquery<Long> visible = query.subquery(Long.class);
            Root<MaracCase> maracCase = visible.from(MaracCase.class);
            visible.select(maracCase.get("id")).where(policy.visibleTo(user).toPredicate(maracCase, query, cb));
            return root.get("maracCase").get("id").in(visible);
        };
    }

    private static Specification<CaseAction> matching(ActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                all.add(root.get("status").in(filter.statuses()));
            }
            if (filter.dueFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("dueDate"), filter.dueFrom()));
            }
            if (filter.dueTo() != null) {
                all.add(cb.lessThanOrEqualTo(root.get("dueDate"), filter.dueTo()));
            }
            if (filter.overdueOnly()) {
                all.add(root.get("status").in(ActionStatus.OPEN, ActionStatus.IN_PROGRESS));
                all.add(cb.lessThan(root.get("dueDate"), today));
            }
            Join<CaseAction, MaracCase> maracCase = root.join("maracCase");
            if (filter.areaId() != null) {
                all.add(cb.equal(maracCase.get("area").get("id"), filter.areaId()));
            }
            if (filter.caseReference() != null) {
                all.add(cb.like(cb.upper(maracCase.get("reference")),
                        "%" + filter.caseReference().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%"));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
