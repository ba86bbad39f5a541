package org.marac.portal.action.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.action.ActionFilter;
import org.marac.portal.action.ActionService;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;

/** The actions the member's agency owns, unfinished first by default, filtered and loaded page by page. */
@Route("actions")
@RolesAllowed({"PRACTITIONER", "SUPERVISOR", "AGENCY_LEAD"})
@Menu(order = 12, title = "nav.agencyActions")
public class AgencyActionsView extends Main implements HasDynamicTitle {

    private ActionFilter filter = ActionFilter.unfinished();
    private ActionListGrid grid;

    AgencyActionsView(ActionService actions, AgencyService agencies, MemberService members, MaracAreaService areas) {
        addClassName("admin-view");
        ActionForms forms = new ActionForms(actions, agencies, members, () -> grid.getDataProvider().refreshAll());
        grid = new ActionListGrid(actions, forms, false);
        grid.setId("agency-actions");
        grid.setAriaLabel(getTranslation("nav.agencyActions"));
        grid.setItems(query -> actions.agencyActions(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) actions.countAgencyActions(filter));
        ActionFilterBar filters = new ActionFilterBar(
                areas.areasWithMemberAgency(PortalUser.require().getAgencyId()), changed -> {
                    filter = changed;
                    grid.getDataProvider().refreshAll();
                });
        add(new H1(getTranslation("nav.agencyActions")), new Paragraph(getTranslation("caseAction.agency.intro",
                PortalUser.require().getAgencyName())), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agencyActions");
    }
}
