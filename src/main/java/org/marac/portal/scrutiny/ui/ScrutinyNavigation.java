package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Links into the scrutiny views from other modules (the member's home). */
@NamedInterface("navigation")
public final class ScrutinyNavigation {

    private ScrutinyNavigation() {
    }

    /** A panel member's panels and review meetings. */
    public static RouterLink reviews(String text) {
        return new RouterLink(text, ScrutinyView.class);
    }

    /** The area chair's or data protection officer's summaries to write. */
    public static RouterLink summaries(String text) {
        return new RouterLink(text, SummariesView.class);
    }

    /** An agency lead's recommendations to answer. */
    public static RouterLink recommendations(String text) {
        return new RouterLink(text, RecommendationsView.class);
    }
}
