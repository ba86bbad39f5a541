package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.marac.portal.nomination.Eligibility;

/** Eligibility for MARAC in words: the verdict, then each reason. */
class EligibilityPanel extends Div {

    EligibilityPanel(Eligibility eligibility) {
        addClassName("eligibility");
        addClassName(eligibility.isEligible() ? "eligible" : "not-eligible");
        add(new H3(getTranslation(eligibility.isEligible() ? "eligibility.yes" : "eligibility.no")));
        UnorderedList reasons = new UnorderedList();
        for (Eligibility.Reason reason : eligibility.reasons()) {
            reasons.add(new ListItem(getTranslation(reason.key(), reason.arguments())));
        }
        add(reasons);
    }
}
