package org.marac.portal.insight.internal;

import java.util.ArrayList;
import java.util.List;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;

/**
 * The sharing policy ({@link CaseAccessPolicy#visibleTo}) as a plain SQL condition on {@code marac_case c}
 * joined to {@code marac_area ar}, so that aggregate figures can be counted in one SQL statement each. It
 * states the same three branches as the policy; {@code VisibleCasesSqlTest} checks, member by member, that
 * both select exactly the same cases.
 */
public final class VisibleCasesSql {

    private VisibleCasesSql() {
    }

    public static SqlCondition visibleTo(PortalUser user) {
        List<String> any = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (CaseAccessPolicy.seesAgencyCases(user)) {
            any.add("c.nominating_agency_id = ?");
            parameters.add(user.getAgencyId());
            any.add("(c.status <> '" + CaseStatus.CLOSED + "' AND EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = c.id"
                    + " AND s.agency_id = ? AND s.ended_at IS NULL))");
            parameters.add(user.getAgencyId());
        }
        if (user.hasRole(Role.CHAIR)) {
            any.add("(c.status <> '" + CaseStatus.DRAFT + "' AND ar.chair_id = ?)");
            parameters.add(user.getMemberId());
        }
        return any.isEmpty() ? SqlCondition.of("1 = 0") : new SqlCondition(String.join(" OR ", any), parameters);
    }
}
