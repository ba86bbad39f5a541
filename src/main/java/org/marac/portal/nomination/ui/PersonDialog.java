package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.marac.portal.person.Person;

/** A perpetrator, witness or family member: identity and address only. */
class PersonDialog extends Dialog {

    PersonDialog(String title, Person person, Consumer<Person> onDone) {
        setHeaderTitle(title);
        setWidth("min(44rem, 95vw)");
        PersonFields fields = new PersonFields(false);
        add(fields);
        fields.binder().readBean(person);
        Button done = new Button(getTranslation("action.done"), click -> {
            if (fields.binder().writeBeanIfValid(person)) {
                if (!person.hasName() && person.getAliases().isEmpty()) {
                    person.setGivenName(getTranslation("person.unknownName"));
                }
                close();
                onDone.accept(person);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), done);
    }
}
