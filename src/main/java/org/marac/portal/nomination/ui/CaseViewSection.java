package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.Component;
import org.marac.portal.nomination.MaracCase;

/**
 * A section another module adds to the case view (the action plan, the case's meetings), so the case
 * module need not know them. Implementations are Spring beans; the view asks each for a fresh component
 * every time it shows a case, in {@link #order()}.
 */
public interface CaseViewSection {

    /** Where the section goes among the contributed ones, smallest first. */
    int order();

    /** The section for this case, or nothing when it does not apply (a draft has no action plan). */
    java.util.Optional<Component> create(MaracCase maracCase);
}
