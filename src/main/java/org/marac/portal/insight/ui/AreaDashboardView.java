package org.marac.portal.insight.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.marac.portal.insight.InsightExports;
import org.marac.portal.insight.InsightService;

/** The chair's dashboard: the problem profile of the areas they chair, every number shown. */
@Route("insight/area")
@RolesAllowed("CHAIR")
@Menu(order = 40, title = "nav.insightArea")
public class AreaDashboardView extends DashboardView {

    AreaDashboardView(InsightService insight, InsightExports exports, Clock clock) {
        super("nav.insightArea", "insight.area.intro", insight.areaFilterOptions(), true, insight::areaDashboard,
                exports::areaDashboardCsv, "area-dashboard.csv", clock);
    }
}
