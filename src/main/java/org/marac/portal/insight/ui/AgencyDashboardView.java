package org.marac.portal.insight.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.marac.portal.insight.InsightExports;
import org.marac.portal.insight.InsightService;

/** An agency lead's dashboard: the cases their agency nominated, small numbers withheld. */
@Route("insight/agency")
@RolesAllowed("AGENCY_LEAD")
@Menu(order = 41, title = "nav.insightAgency")
public class AgencyDashboardView extends DashboardView {

    AgencyDashboardView(InsightService insight, InsightExports exports, Clock clock) {
        super("nav.insightAgency", "insight.agency.intro", insight.agencyFilterOptions(), false, insight::agencyDashboard,
                exports::agencyDashboardCsv, "agency-dashboard.csv", clock);
    }
}
