package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.IncidentKind;
import org.marac.portal.nomination.PerceivedBy;
import org.marac.portal.nomination.ReportingRoute;
import org.marac.portal.nomination.Strand;

/** One incident with its hate flags: the five monitored strands, the area's local strands, cyber-enabled. */
class IncidentDialog extends Dialog {

    private final BeanValidationBinder<Incident> binder = new BeanValidationBinder<>(Incident.class);

    IncidentDialog(Incident incident, List<String> localStrands, Consumer<Incident> onDone) {
        setHeaderTitle(getTranslation(incident.getOccurredAt() == null ? "incident.add" : "incident.edit"));
        setWidth("min(48rem, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));

        DateTimePicker when = new DateTimePicker(getTranslation("incident.when"));
        when.setDatePickerI18n(new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd").setFirstDayOfWeek(1));
        binder.forField(when)
                .asRequired(getTranslation("validation.required"))
                .withConverter(local -> local.atZone(DateFormats.UK).toInstant(),
                        instant -> instant == null ? null : LocalDateTime.ofInstant(instant, DateFormats.UK))
                .bind("occurredAt");
        TextField place = textField("incident.place", 200);
        binder.forField(place).bind("place");
        TextField ward = textField("incident.ward", 100);
        binder.forField(ward).bind("ward");
        TextArea description = new TextArea(getTranslation("incident.description"));
        description.setMaxLength(4000);
        binder.forField(description).bind("description");

        RadioButtonGroup<IncidentKind> kind = new RadioButtonGroup<>(getTranslation("incident.kind"));
        kind.setItems(IncidentKind.values());
        kind.setItemLabelGenerator(value -> Labels.of("incident.kind", value));
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        TextField crimeReference = textField("incident.crimeReference", 40);
        binder.forField(crimeReference).bind("crimeReference");

        Select<ReportingRoute> route = new Select<>();
        route.setLabel(getTranslation("incident.route"));
        route.setItems(ReportingRoute.values());
        route.setItemLabelGenerator(value -> Labels.of("incident.route", value));
        binder.forField(route).asRequired(getTranslation("validation.required")).bind("reportingRoute");
        TextField centre = textField("incident.centre", 150);
        binder.forField(centre)
                .withValidator(text -> route.getValue() != ReportingRoute.THIRD_PARTY_CENTRE || !text.isBlank(),
                        getTranslation("incident.centre.required"))
                .bind("reportingCentre");

        CheckboxGroup<Strand> strands = new CheckboxGroup<>(getTranslation("incident.strands"));
        strands.setItems(Strand.values());
        strands.setItemLabelGenerator(strand -> Labels.of("strand", strand));
        binder.forField(strands).bind("strands");
        TextField religion = textField("incident.religion", 60);
        religion.setHelperText(getTranslation("incident.religion.help"));
        binder.forField(religion)
                .withValidator(text -> !strands.getValue().contains(Strand.RELIGION) || !text.isBlank(),
                        getTranslation("incident.religion.required"))
                .bind("religion");
        CheckboxGroup<String> local = new CheckboxGroup<>(getTranslation("incident.localStrands"));
        local.setItems(localStrands);
        local.setVisible(!localStrands.isEmpty());
        binder.forField(local).bind(i -> new java.util.LinkedHashSet<>(i.getLocalStrands()), Incident::setLocalStrands);
        Checkbox cyber = new Checkbox(getTranslation("incident.cyber"));
        binder.forField(cyber).bind("cyberEnabled");
        Select<PerceivedBy> perceived = new Select<>();
        perceived.setLabel(getTranslation("incident.perceivedBy"));
        perceived.setItems(PerceivedBy.values());
        perceived.setItemLabelGenerator(value -> Labels.of("incident.perceivedBy", value));
        binder.forField(perceived).asRequired(getTranslation("validation.required")).bind("perceivedBy");
        TextArea words = new TextArea(getTranslation("incident.victimWords"));
        words.setHelperText(getTranslation("incident.victimWords.help"));
        words.setMaxLength(2000);
        binder.forField(words).bind("victimWords");
        binder.withValidator(i -> i.hasHateFlag(), getTranslation("incident.flag.required"));

        form.add(when, kind, place, ward, description, crimeReference, route, centre, strands, religion, local,
                cyber, perceived, words);
        for (com.vaadin.flow.component.Component wide : List.<com.vaadin.flow.component.Component>of(description, strands, local, words)) {
            form.setColspan(wide, 2);
        }
        add(form);

        Button done = new Button(getTranslation("action.done"), click -> {
            var status = binder.validate();
            if (status.isOk() && binder.writeBeanIfValid(incident)) {
                close();
                onDone.accept(incident);
            } else if (!status.getBeanValidationErrors().isEmpty()) {
                strands.setErrorMessage(getTranslation("incident.flag.required"));
                strands.setInvalid(true);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), done);
        binder.readBean(incident);
    }

    private TextField textField(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

}
