package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.ProblemList;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.CaseNotClosableException;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.RiskLevel;

/** The chair closes a case: reason, final risk level, a note; anything still open is listed at once. */
class CloseCaseDialog extends Dialog {

    private final ProblemList problems = new ProblemList();

    CloseCaseDialog(CaseClosureService closure, MaracCase maracCase, Consumer<MaracCase> onClosed) {
        setHeaderTitle(getTranslation("closure.title", CaseLabels.reference(maracCase)));
        setWidth("min(40rem, 95vw)");
        RadioButtonGroup<ClosureReason> reason = new RadioButtonGroup<>(getTranslation("closure.reason"));
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(value -> Labels.of("closure.reason", value));
        reason.setRequiredIndicatorVisible(true);
        RadioButtonGroup<RiskLevel> finalRisk = new RadioButtonGroup<>(getTranslation("closure.finalRisk"));
        finalRisk.setItems(RiskLevel.values());
        finalRisk.setItemLabelGenerator(value -> Labels.of("risk.level", value));
        finalRisk.setRequiredIndicatorVisible(true);
        RadioButtonGroup<CpsOutcome> cps = new RadioButtonGroup<>(getTranslation("closure.cpsOutcome"));
        cps.setItems(CpsOutcome.values());
        cps.setItemLabelGenerator(value -> Labels.of("closure.cps", value));
        cps.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("closure.note"));
        note.setHelperText(getTranslation("closure.note.help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        add(problems, reason, finalRisk, cps, note);
        showUnmet(closure.unmetConditions(maracCase.getId()));

        Button close = new Button(getTranslation("closure.confirm"), click -> {
            reason.setInvalid(false);
            finalRisk.setInvalid(false);
            cps.setInvalid(false);
            note.setInvalid(false);
            try {
                MaracCase closed = closure.close(maracCase.getId(), maracCase.getVersion(),
                        new CaseClosureService.Closure(reason.getValue(), finalRisk.getValue(), cps.getValue(), note.getValue()));
                close();
                onClosed.accept(closed);
            } catch (CaseNotClosableException unmet) {
                showUnmet(unmet.unmet());
            } catch (InvalidFieldException refused) {
                var field = switch (refused.field()) {
                    case "closureReason" -> reason;
                    case "finalRisk" -> finalRisk;
                    case "cpsOutcome" -> cps;
                    default -> note;
                };
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        close.setId("confirm-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), close);
    }

    private void showUnmet(java.util.List<org.marac.portal.nomination.Eligibility.Reason> unmet) {
        if (unmet.isEmpty()) {
            problems.hide();
        } else {
            problems.show(unmet.stream().map(r -> getTranslation(r.key(), r.arguments())).toList());
        }
    }
}
