package org.marac.portal.insight.ui;

import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.Locale;
import org.marac.portal.insight.Figure;
import org.marac.portal.insight.FigureTable;

/** Figures written for the screen: counts and days as whole numbers, shares as percentages, the mark when withheld. */
final class FigureFormat {

    private FigureFormat() {
    }

    static String of(Figure figure, FigureTable.Format format) {
        if (figure.withheld()) {
            return UI.getCurrent().getTranslation("insight.withheld.mark");
        }
        if (figure.value() == null) {
            return "\u2013";
        }
        return switch (format) {
            case COUNT, DAYS -> NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(figure.value()));
            case PERCENT -> {
                NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
                percent.setMaximumFractionDigits(1);
                yield percent.format(figure.value());
            }
        };
    }
}
