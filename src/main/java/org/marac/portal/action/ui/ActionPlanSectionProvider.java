package org.marac.portal.action.ui;

import com.vaadin.flow.component.Component;
import org.marac.portal.action.ActionService;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.ui.CaseViewSection;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import java.util.Optional;
import org.marac.portal.nomination.CaseStatus;

/** Puts the action plan on the case view of accepted cases. */
@org.springframework.stereotype.Component
class ActionPlanSectionProvider implements CaseViewSection {

    private final ActionService actions;
    private final AgencyService agencies;
    private final MemberService members;

    ActionPlanSectionProvider(ActionService actions, AgencyService agencies, MemberService members) {
        this.actions = actions;
        this.agencies = agencies;
        this.members = members;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(MaracCase maracCase) {
        if (!maracCase.isInMarac() && maracCase.getStatus() != CaseStatus.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(new ActionPlanSection(actions, agencies, members, maracCase,
                maracCase.isChairedBy(PortalUser.require())));
    }
}
