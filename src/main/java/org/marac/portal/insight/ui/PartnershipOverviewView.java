package org.marac.portal.insight.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.marac.portal.insight.InsightExports;
import org.marac.portal.insight.InsightService;

/** The partnership across areas, for chairs and agency leads: what each may see, small numbers withheld. */
@Route("insight/partnership")
@RolesAllowed({"CHAIR", "AGENCY_LEAD"})
@Menu(order = 42, title = "nav.insightPartnership")
public class PartnershipOverviewView extends DashboardView {

    PartnershipOverviewView(InsightService insight, InsightExports exports, Clock clock) {
        super("nav.insightPartnership", "insight.partnership.intro", insight.partnershipFilterOptions(), true,
                insight::partnershipOverview, exports::partnershipCsv, "partnership-overview.csv", clock);
    }
}
