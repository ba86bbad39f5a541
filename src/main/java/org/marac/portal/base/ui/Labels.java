package org.marac.portal.base.ui;

import com.vaadin.flow.component.UI;

/** Screen labels for enum values, from the message bundle key {@code prefix.NAME}. */
public final class Labels {

    private Labels() {
    }

    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : UI.getCurrent().getTranslation(prefix + "." + value.name());
    }
}
