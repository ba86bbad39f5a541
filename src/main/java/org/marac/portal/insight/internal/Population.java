package org.marac.portal.insight.internal;

import java.util.ArrayList;
import java.util.List;
import org.marac.portal.insight.DashboardScope;
import org.marac.portal.insight.InsightFilter;
import org.marac.portal.partner.PortalUser;

/**
 * The cases a figure counts, as a SQL condition on {@code marac_case c} joined to {@code marac_area ar}:
 * submitted (nominations, not drafts), visible to the member under the sharing policy, narrowed to the
 * dashboard's scope and the filter.
 */
public record Population(SqlCondition where) {

    /** The tables every population query starts from. */
    public static final String CASES = " marac_case c LEFT JOIN marac_area ar ON ar.id = c.area_id ";

    /** Nominations submitted in the filter's period. */
    public static Population submittedIn(PortalUser user, DashboardScope scope, InsightFilter filter, Periods periods) {
        return build(user, scope, filter, periods, true);
    }

    /**
     * Nominations submitted at any time (for incidents counted by when they happened, such as hotspots), with
     * the filter's area, strand and agency if a filter is given.
     */
    public static Population anyTime(PortalUser user, DashboardScope scope, InsightFilter filter) {
        return build(user, scope, filter, null, false);
    }

    private static Population build(PortalUser user, DashboardScope scope, InsightFilter filter, Periods periods,
            boolean inPeriod) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        conditions.add("c.submitted_at IS NOT NULL");
        if (inPeriod) {
            conditions.add("c.submitted_at >= ? AND c.submitted_at < ?");
            parameters.add(periods.start());
            parameters.add(periods.end());
        }
        SqlCondition visible = VisibleCasesSql.visibleTo(user);
        conditions.add("(" + visible.sql() + ")");
        parameters.addAll(visible.parameters());
        switch (scope) {
            case AREA -> {
                conditions.add("ar.chair_id = ?");
                parameters.add(user.getMemberId());
            }
            case AGENCY -> {
                conditions.add("c.nominating_agency_id = ?");
                parameters.add(user.getAgencyId());
            }
            case PARTNERSHIP -> {
            }
        }
        if (filter == null) {
            return new Population(new SqlCondition(String.join(" AND ", conditions), parameters));
        }
        if (filter.areaId() != null) {
            conditions.add("c.area_id = ?");
            parameters.add(filter.areaId());
        }
        if (filter.agencyId() != null) {
            conditions.add("c.nominating_agency_id = ?");
            parameters.add(filter.agencyId());
        }
        if (filter.strand() != null) {
            conditions.add("EXISTS (SELECT 1 FROM incident fi JOIN incident_strand fs ON fs.incident_id = fi.id"
                    + " WHERE fi.case_id = c.id AND fs.strand = ?)");
            parameters.add(filter.strand().name());
        }
        return new Population(new SqlCondition(String.join(" AND ", conditions), parameters));
    }

    /** This population and one more condition. */
    public Population and(String sql, Object... parameters) {
        return new Population(where.and(SqlCondition.of(sql, parameters)));
    }

    public String sql() {
        return where.sql();
    }

    public Object[] arguments() {
        return where.arguments();
    }
}
