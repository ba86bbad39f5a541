package org.marac.portal.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.insight.internal.Counting;
import org.marac.portal.insight.internal.Measures;
import org.marac.portal.insight.internal.Population;
import org.marac.portal.partner.PortalUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards. Each counts only the cases the member may see under the sharing policy, narrowed to its
 * scope; every figure is an aggregate. Dashboards beyond the area chair withhold small numbers. Viewing
 * aggregate figures is not processing of anyone's personal data, so it is not logged; exports are
 * ({@link InsightExports}).
 */
@Service
@Transactional(readOnly = true)
public class InsightService {

    private final Measures measures;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int threshold;

    InsightService(Measures measures, JdbcTemplate jdbc, Clock clock,
            @Value("${portal.insight.small-number-threshold:5}") int threshold) {
        this.measures = measures;
        this.jdbc = jdbc;
        this.clock = clock;
        if (threshold < 2) {
            throw new IllegalArgumentException("portal.insight.small-number-threshold must be at least 2");
        }
        this.threshold = threshold;
    }

    /** The chair's dashboard: the cases of the areas they chair, every number shown. */
    @PreAuthorize("hasRole('CHAIR')")
    public Dashboard areaDashboard(InsightFilter filter) {
        return dashboard(DashboardScope.AREA, filter, false);
    }

    /** An agency lead's dashboard: the cases their agency nominated; small numbers withheld. */
    @PreAuthorize("hasRole('AGENCY_LEAD')")
    public Dashboard agencyDashboard(InsightFilter filter) {
        return dashboard(DashboardScope.AGENCY, filter.withAgency(null), true);
    }

    /** The partnership overview across areas: every case the member may see; small numbers withheld. */
    @PreAuthorize("hasAnyRole('CHAIR', 'AGENCY_LEAD')")
    public Dashboard partnershipOverview(InsightFilter filter) {
        return dashboard(DashboardScope.PARTNERSHIP, filter, true);
    }

    /** The areas and agencies the dashboard's filters offer. */
    @PreAuthorize("hasRole('CHAIR')")
    public FilterOptions areaFilterOptions() {
        return options(DashboardScope.AREA);
    }

    @PreAuthorize("hasRole('AGENCY_LEAD')")
    public FilterOptions agencyFilterOptions() {
        return options(DashboardScope.AGENCY);
    }

    @PreAuthorize("hasAnyRole('CHAIR', 'AGENCY_LEAD')")
    public FilterOptions partnershipFilterOptions() {
        return options(DashboardScope.PARTNERSHIP);
    }

    Dashboard dashboard(DashboardScope scope, InsightFilter filter, boolean withhold) {
        Counting counting = counting(scope, filter, withhold);
        return new Dashboard(scope, filter, counting.period(), withhold, threshold, sections(counting, ExportProgress.NONE));
    }

    Counting counting(DashboardScope scope, InsightFilter filter, boolean withhold) {
        return Counting.of(PortalUser.require(), scope, filter, withhold, threshold, today());
    }

    /** Every measure of the scope's dashboard, in reading order, telling {@code progress} as each is done. */
    List<Section> sections(Counting counting, ExportProgress progress) {
        List<java.util.function.Function<Counting, Section>> parts = new ArrayList<>(List.of(
                measures::nominationsByStrand, measures::nominationsByArea));
        if (counting.scope() != DashboardScope.AGENCY) {
            parts.add(measures::nominationsByAgency);
        }
        parts.addAll(List.of(measures::nominationsByWard, measures::riskLevels, measures::eligibilityRoutes,
                measures::repeats, measures::timeToNomination, measures::timeToMeeting, measures::actionRates,
                measures::victimSupportReferrals, measures::cyberEnabled, measures::reportingRoutes, measures::hotspots));
        List<Section> sections = new ArrayList<>();
        for (var part : parts) {
            sections.add(part.apply(counting));
            progress.progressed((double) sections.size() / parts.size());
        }
        return sections;
    }

    private FilterOptions options(DashboardScope scope) {
        PortalUser user = PortalUser.require();
        Population population = Population.anyTime(user, scope, null);
        List<Object> arguments = new ArrayList<>(List.of(population.arguments()));
        if (scope == DashboardScope.AREA) {
            arguments.add(user.getMemberId());
        }
        List<FilterOptions.Option> areas = jdbc.query("SELECT DISTINCT ar.id, ar.name FROM" + Population.CASES + "WHERE "
                + population.sql() + " AND ar.id IS NOT NULL" + (scope == DashboardScope.AREA
                        ? " UNION SELECT id, name FROM marac_area WHERE chair_id = ?" : "")
                + " ORDER BY 2", (result, row) -> new FilterOptions.Option(result.getLong(1), result.getString(2)),
                arguments.toArray());
        List<FilterOptions.Option> agencies = jdbc.query("SELECT DISTINCT ag.id, ag.name FROM" + Population.CASES
                + "JOIN agency ag ON ag.id = c.nominating_agency_id WHERE " + population.sql() + " ORDER BY 2",
                (result, row) -> new FilterOptions.Option(result.getLong(1), result.getString(2)), population.arguments());
        return new FilterOptions(areas, agencies);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.marac.portal.base.ui.DateFormats.UK));
    }
}
