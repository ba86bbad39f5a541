package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.MaracCase;

/** The chair reopens a closed case, saying why. */
class ReopenCaseDialog extends Dialog {

    ReopenCaseDialog(CaseClosureService closure, MaracCase maracCase, Consumer<MaracCase> onReopened) {
        setHeaderTitle(getTranslation("closure.reopenTitle", CaseLabels.reference(maracCase)));
        setWidth("min(36rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("closure.reopenReason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        add(reason);
        Button reopen = new Button(getTranslation("closure.reopen"), click -> {
            try {
                MaracCase reopened = closure.reopen(maracCase.getId(), maracCase.getVersion(), reason.getValue());
                close();
                onReopened.accept(reopened);
            } catch (InvalidFieldException refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            }
        });
        reopen.setId("confirm-reopen");
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), reopen);
    }
}
