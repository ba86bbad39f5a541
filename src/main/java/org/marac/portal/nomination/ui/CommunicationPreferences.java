package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.person.Person;
import org.marac.portal.person.SafeToUse;

/**
 * How to contact the victim safely, shown wherever someone is about to contact them: name and pronouns to
 * use, language, formats, and whether letters and calls are safe, when and through whom.
 */
public class CommunicationPreferences extends Div {

    public CommunicationPreferences(Person victim) {
        addClassName("communication-preferences");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("comms.title"));
        H2 title = new H2(getTranslation("comms.title"));
        add(title);
        List<String> lines = new ArrayList<>();
        if (victim.getPreferredName() != null) {
            lines.add(getTranslation("comms.callThem", victim.getPreferredName()));
        }
        if (victim.getPronouns() != null) {
            lines.add(getTranslation("comms.pronouns", victim.getPronouns()));
        }
        if (victim.getFirstLanguage() != null) {
            lines.add(getTranslation(victim.isInterpreterNeeded() ? "comms.languageInterpreter" : "comms.language",
                    victim.getFirstLanguage()));
        } else if (victim.isInterpreterNeeded()) {
            lines.add(getTranslation("comms.interpreter"));
        }
        if (!victim.getAccessibleFormats().isEmpty()) {
            lines.add(getTranslation("comms.formats", victim.getAccessibleFormats().stream()
                    .map(format -> Labels.of("format", format)).collect(Collectors.joining(", "))));
        }
        lines.add(getTranslation("comms.letter." + victim.getLetterSafe().name()));
        lines.add(getTranslation("comms.phone." + victim.getPhoneSafe().name()));
        if (victim.getSafeContactHours() != null) {
            lines.add(getTranslation("comms.hours", victim.getSafeContactHours()));
        }
        if (victim.getSafeContactVia() != null) {
            lines.add(getTranslation("comms.via", victim.getSafeContactVia()));
        }
        for (String line : lines) {
            Span item = new Span(line);
            item.addClassName("comms-line");
            add(item);
        }
        if (victim.getLetterSafe() == SafeToUse.NO || victim.getPhoneSafe() == SafeToUse.NO) {
            addClassName("comms-warning");
        }
    }
}
