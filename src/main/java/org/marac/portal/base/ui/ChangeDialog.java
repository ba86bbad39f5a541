package org.marac.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.marac.portal.base.InvalidFieldException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A few values asked for to make one change that is not the editing of a record (move or cancel a meeting,
 * add a case to an agenda with a reason); {@link EditDialog} is for records. The service has the last word:
 * its refusals appear beside the field they concern, and a change made meanwhile by someone else keeps what
 * was typed and says so.
 */
public class ChangeDialog extends Dialog {

    private final Div form = new Div();
    private final Paragraph staleWarning = new Paragraph();
    private final Button confirm = new Button();
    private Runnable whenStale = () -> { };

    /**
     * @param fieldsByName the fields by the name a service gives when it refuses a value
     * @param change       makes the change through its service
     * @param afterChange  runs once the change went through and the dialog closed
     */
    public ChangeDialog(String title, String staleText, Map<String, ? extends HasValidation> fieldsByName,
            Runnable change, Runnable afterChange) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        staleWarning.setText(staleText);
        staleWarning.addClassName("stale-warning");
        staleWarning.getElement().setAttribute("role", "alert");
        staleWarning.setVisible(false);
        form.addClassName("dialog-form");
        add(staleWarning, form);
        confirm.setText(getTranslation("action.save"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            fieldsByName.values().forEach(field -> field.setInvalid(false));
            try {
                change.run();
                close();
                afterChange.run();
            } catch (InvalidFieldException refused) {
                Fields.showRefusal(refused, fieldsByName);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                staleWarning.setVisible(true);
                whenStale.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    /** The fields, in order. */
    public ChangeDialog fields(Component... fields) {
        form.add(fields);
        return this;
    }

    /** A sentence above the fields on what the change does. */
    public ChangeDialog note(String text) {
        addComponentAtIndex(1, new Paragraph(text));
        return this;
    }

    /** Also runs when someone else changed the record meanwhile (to show their change behind the dialog). */
    public ChangeDialog whenStale(Runnable action) {
        whenStale = action;
        return this;
    }

    public ChangeDialog confirmId(String id) {
        confirm.setId(id);
        return this;
    }
}
