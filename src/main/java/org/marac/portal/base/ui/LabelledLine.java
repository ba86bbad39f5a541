package org.marac.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "Label: value" on one line, the way records are read out across the portal; an empty value shows a dash. */
public final class LabelledLine {

    private LabelledLine() {
    }

    public static Paragraph of(String labelKey, String value) {
        Paragraph paragraph = new Paragraph();
        Span label = new Span(UI.getCurrent().getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        paragraph.add(label, new Span(value == null || value.isBlank() ? "—" : value));
        return paragraph;
    }
}
