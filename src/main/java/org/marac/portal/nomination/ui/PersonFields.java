package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.LinesConverter;
import org.marac.portal.person.AccessibleFormat;
import org.marac.portal.person.AgeBand;
import org.marac.portal.person.Disclosure;
import org.marac.portal.person.EqualityAnswer;
import org.marac.portal.person.Person;
import org.marac.portal.person.SafeToUse;

/**
 * The fields for a person, bound with Bean Validation so each bad value is refused beside its field. The
 * victim gets every section; a perpetrator or witness only identity and address.
 */
class PersonFields extends FormLayout {

    private final BeanValidationBinder<Person> binder = new BeanValidationBinder<>(Person.class);

    PersonFields(boolean victim) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
        text("givenName", "person.givenName", 100);
        text("familyName", "person.familyName", 100);
        TextArea aliases = new TextArea(getTranslation("person.aliases"));
        aliases.setHelperText(getTranslation("person.aliases.help"));
        binder.forField(aliases).withConverter(new LinesConverter(200, getTranslation("person.alias.tooLong"))).bind("aliases");
        add(aliases);
        setColspan(aliases, 2);
        DatePicker dateOfBirth = Fields.datePicker(getTranslation("person.dateOfBirth"));
        dateOfBirth.setMax(java.time.LocalDate.now(org.marac.portal.base.ui.DateFormats.UK));
        dateOfBirth.setI18n(dateOfBirth.getI18n().setMaxErrorMessage(getTranslation("person.dob.future"))
                .setBadInputErrorMessage(getTranslation("field.date.invalid")));
        binder.forField(dateOfBirth).bind("dateOfBirth");
        Select<AgeBand> ageBand = new Select<>();
        ageBand.setLabel(getTranslation("person.ageBand"));
        ageBand.setItems(AgeBand.values());
        ageBand.setEmptySelectionAllowed(true);
        ageBand.setItemLabelGenerator(band -> band == null ? "" : Labels.of("age", band));
        ageBand.setHelperText(getTranslation("person.ageBand.help"));
        binder.forField(ageBand).bind("ageBand");
        add(dateOfBirth, ageBand);
        TextField address = text("address", "person.address", 300);
        setColspan(address, 2);
        TextField postcode = text("postcode", "person.postcode", 10);
        postcode.setHelperText(getTranslation("person.postcode.help"));
        if (!victim) {
            return;
        }
        text("preferredName", "person.preferredName", 100);
        text("pronouns", "person.pronouns", 40);
        text("phone", "person.phone", 40);
        EmailField email = new EmailField(getTranslation("person.email"));
        email.setMaxLength(255);
        binder.forField(email).bind("email");
        add(email);

        add(heading("person.communication"));
        text("firstLanguage", "person.firstLanguage", 60);
        Checkbox interpreter = new Checkbox(getTranslation("person.interpreter"));
        binder.forField(interpreter).bind("interpreterNeeded");
        add(interpreter);
        CheckboxGroup<AccessibleFormat> formats = new CheckboxGroup<>(getTranslation("person.formats"));
        formats.setItems(AccessibleFormat.values());
        formats.setItemLabelGenerator(format -> Labels.of("format", format));
        binder.forField(formats).bind("accessibleFormats");
        add(formats);
        setColspan(formats, 2);
        add(safe("letterSafe", "person.letterSafe"), safe("phoneSafe", "person.phoneSafe"));
        text("safeContactHours", "person.safeHours", 200);
        text("safeContactVia", "person.safeVia", 200);
        TextArea vulnerability = new TextArea(getTranslation("person.vulnerability"));
        vulnerability.setMaxLength(2000);
        binder.forField(vulnerability).bind("vulnerabilityNotes");
        add(vulnerability);
        setColspan(vulnerability, 2);

        add(heading("person.equality"));
        equality("genderIdentity", "equality.genderIdentity");
        equality("ethnicity", "equality.ethnicity");
        equality("religion", "equality.religion");
        equality("sexualOrientation", "equality.sexualOrientation");
        equality("disability", "equality.disability");
    }

    BeanValidationBinder<Person> binder() {
        return binder;
    }

    private TextField text(String property, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        binder.forField(field).bind(property);
        add(field);
        return field;
    }

    private RadioButtonGroup<SafeToUse> safe(String property, String labelKey) {
        RadioButtonGroup<SafeToUse> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(SafeToUse.values());
        group.setItemLabelGenerator(value -> Labels.of("safe", value));
        binder.forField(group).asRequired(getTranslation("validation.required")).bind(property);
        return group;
    }

    /** "Not asked", "asked, declined" and an answer are three different things; blank is none of them. */
    private void equality(String property, String labelKey) {
        Select<Disclosure> disclosure = new Select<>();
        disclosure.setLabel(getTranslation(labelKey));
        disclosure.setItems(Disclosure.values());
        disclosure.setItemLabelGenerator(value -> Labels.of("disclosure", value));
        TextField value = new TextField(getTranslation("equality.answer", getTranslation(labelKey)));
        value.setMaxLength(100);
        value.setEnabled(false);
        disclosure.addValueChangeListener(change -> value.setEnabled(change.getValue() == Disclosure.ANSWERED));
        binder.forField(disclosure).asRequired(getTranslation("validation.required"))
                .bind(person -> answerOf(person, property).getDisclosure(),
                        (person, chosen) -> setAnswer(person, property, new EqualityAnswer(chosen, value.getValue())));
        binder.forField(value)
                .withValidator(text -> disclosure.getValue() != Disclosure.ANSWERED || !text.isBlank(),
                        getTranslation("equality.answerRequired"))
                .bind(person -> answerOf(person, property).getValue() == null ? "" : answerOf(person, property).getValue(),
                        (person, text) -> setAnswer(person, property, new EqualityAnswer(disclosure.getValue(), text)));
        add(disclosure, value);
    }

    private static EqualityAnswer answerOf(Person person, String property) {
        return switch (property) {
            case "genderIdentity" -> person.getGenderIdentity();
            case "ethnicity" -> person.getEthnicity();
            case "religion" -> person.getReligion();
            case "sexualOrientation" -> person.getSexualOrientation();
            default -> person.getDisability();
        };
    }

    private static void setAnswer(Person person, String property, EqualityAnswer answer) {
        switch (property) {
            case "genderIdentity" -> person.setGenderIdentity(answer);
            case "ethnicity" -> person.setEthnicity(answer);
            case "religion" -> person.setReligion(answer);
            case "sexualOrientation" -> person.setSexualOrientation(answer);
            default -> person.setDisability(answer);
        }
    }

    private Component heading(String key) {
        H3 heading = new H3(getTranslation(key));
        setColspan(heading, 2);
        return heading;
    }
}
