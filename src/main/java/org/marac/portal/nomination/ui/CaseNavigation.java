package org.marac.portal.nomination.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.marac.portal.nomination.MaracCase;

/** Links to a case from other modules' views, named by the case reference. */
public final class CaseNavigation {

    private CaseNavigation() {
    }

    public static RouterLink linkTo(MaracCase maracCase) {
        return new RouterLink(CaseLabels.reference(maracCase), CaseView.class,
                new RouteParameters("caseId", String.valueOf(maracCase.getId())));
    }
}
