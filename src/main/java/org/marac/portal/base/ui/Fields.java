package org.marac.portal.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.marac.portal.base.InvalidFieldException;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Field set-up the portal repeats: UK date order everywhere. */
public final class Fields {

    private Fields() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setHelperText(picker.getTranslation("field.date.help"));
        return picker;
    }

    /**
     * Shows a service's refusal beside the field it names, or as an error notice when no field on the form
     * has that name.
     */
    public static void showRefusal(InvalidFieldException refused, Map<String, ? extends HasValidation> fieldsByName) {
        HasValidation field = fieldsByName.get(refused.field());
        String message = com.vaadin.flow.component.UI.getCurrent().getTranslation(refused.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notices.error(message);
        }
    }

    /** Splits a text area's lines into trimmed, non-empty entries. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
