package org.marac.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.marac.portal.base.InvalidFieldException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way the portal edits a record in a dialog: the binder validates beside each field, the service
 * has the last word (its refusals appear beside the field they concern), and a stale save keeps everything
 * the member typed and says that someone else changed the record.
 */
public class EditDialog<T> extends Dialog {

    private final Binder<T> binder;
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();
    private final Paragraph staleWarning = new Paragraph();
    private final Button save = new Button();
    private final T record;

    /**
     * @param save     persists the record through its service and returns the saved copy
     * @param onSaved  told of the saved copy, for example to refresh a grid
     */
    public EditDialog(String title, Binder<T> binder, T record, UnaryOperator<T> save, Consumer<T> onSaved) {
        this.binder = binder;
        this.record = record;
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        staleWarning.setVisible(false);
        staleWarning.addClassName("stale-warning");
        staleWarning.getElement().setAttribute("role", "alert");
        staleWarning.setText(getTranslation("error.stale"));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(staleWarning, form);

        this.save.setText(getTranslation("action.save"));
        this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.save.setDisableOnClick(true);
        this.save.addClickShortcut(Key.ENTER).listenOn(this);
        this.save.addClickListener(click -> {
            try {
                trySave(save, onSaved);
            } finally {
                this.save.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, this.save);
    }

    /** Shows the record's current values in the fields bound so far, then opens. */
    @Override
    public void open() {
        binder.readBean(record);
        super.open();
    }

    /** Adds a field; {@code name} is the property a service names when it refuses a value. */
    public <C extends Component & HasValidation> C field(String name, C field) {
        fieldsByName.put(name, field);
        form.add(field);
        return field;
    }

    public void addWide(Component component) {
        form.add(component);
        form.setColspan(component, 2);
    }

    private void trySave(UnaryOperator<T> save, Consumer<T> onSaved) {
        if (!binder.writeBeanIfValid(record)) {
            binder.validate();
            return;
        }
        try {
            T saved = save.apply(record);
            close();
            onSaved.accept(saved);
        } catch (InvalidFieldException refused) {
            Fields.showRefusal(refused, fieldsByName);
        } catch (OptimisticLockingFailureException stale) {
            staleWarning.setVisible(true);
        }
    }
}
