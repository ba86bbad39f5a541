package org.marac.portal.insight.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of figures, charts and exports, from the portal's message bundle, so that the screen, the CSV
 * and the PDF say the same. Written for UK readers, like the portal's emails.
 */
@Component
public class InsightTexts {

    static final Locale LOCALE = Locale.UK;

    private final MessageSource messages;

    InsightTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, LOCALE);
    }

    /** An enum value's label, from the key {@code prefix.NAME}. */
    public String label(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }

    /** The mark written for a withheld figure. */
    public String withheldMark() {
        return text("insight.withheld.mark");
    }

    public String withheldNote(int threshold) {
        return text("insight.withheld.note", threshold);
    }
}
