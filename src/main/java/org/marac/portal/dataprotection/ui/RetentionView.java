package org.marac.portal.dataprotection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.dataprotection.RetentionReview;
import org.marac.portal.dataprotection.RetentionService;

/** Closed cases at the end of their retention period: keep each with a reason, or anonymise it. */
@Route("retention")
@RolesAllowed({"DATA_PROTECTION_OFFICER", "CHAIR"})
@Menu(order = 82, title = "nav.retention")
public class RetentionView extends Main implements HasDynamicTitle {

    private final RetentionService retention;
    private final Grid<RetentionReview> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("admin-view");
        none.setText(getTranslation("retention.none"));
        grid.addColumn(RetentionReview::getCaseReference).setHeader(getTranslation("retention.reference")).setAutoWidth(true);
        grid.addColumn(review -> DateFormats.dateTime(review.getClosedAt())).setHeader(getTranslation("retention.closedAt"));
        grid.addColumn(review -> DateFormats.date(review.getDueOn())).setHeader(getTranslation("retention.dueOn"));
        grid.addComponentColumn(review -> {
            Button keep = new Button(getTranslation("retention.retain"), click -> retainDialog(review).open());
            keep.setAriaLabel(getTranslation("retention.retainFor", review.getCaseReference()));
            Button anonymise = new Button(getTranslation("retention.anonymise"), click -> anonymiseDialog(review).open());
            anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR);
            anonymise.setAriaLabel(getTranslation("retention.anonymiseFor", review.getCaseReference()));
            return new HorizontalLayout(keep, anonymise);
        }).setKey("decide").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.retention"));
        grid.setId("retention-grid");
        add(new H1(getTranslation("nav.retention")), new Paragraph(getTranslation("retention.intro")), none, grid);
        refresh();
    }

    private void refresh() {
        var due = retention.dueReviews();
        grid.setItems(due);
        grid.setVisible(!due.isEmpty());
        none.setVisible(due.isEmpty());
    }

    private Dialog retainDialog(RetentionReview review) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("retention.retainFor", review.getCaseReference()));
        TextArea reason = new TextArea(getTranslation("retention.reason"));
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setWidthFull();
        DatePicker next = Fields.datePicker(getTranslation("retention.nextReviewOn"));
        next.setValue(LocalDate.now(DateFormats.UK).plusYears(1));
        next.setMin(LocalDate.now(DateFormats.UK).plusDays(1));
        dialog.add(reason, next);
        Button keep = new Button(getTranslation("retention.retain"), click -> {
            try {
                retention.retain(review.getId(), review.getVersion(), reason.getValue(), next.getValue());
                dialog.close();
                Notices.success(getTranslation("retention.retained", DateFormats.date(next.getValue())));
                refresh();
            } catch (InvalidFieldException refused) {
                if ("nextReviewOn".equals(refused.field())) {
                    next.setErrorMessage(getTranslation(refused.messageKey()));
                    next.setInvalid(true);
                } else {
                    reason.setErrorMessage(getTranslation(refused.messageKey()));
                    reason.setInvalid(true);
                }
            }
        });
        keep.setId("confirm-retain");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), keep);
        return dialog;
    }

    /** Erasure cannot be undone, so the member types the case reference to confirm it. */
    private Dialog anonymiseDialog(RetentionReview review) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("retention.anonymiseTitle", review.getCaseReference()));
        TextField confirm = new TextField(getTranslation("retention.confirmReference"));
        dialog.add(new Paragraph(getTranslation("retention.anonymiseText")), confirm);
        Button anonymise = new Button(getTranslation("retention.anonymise"), click -> {
            if (!review.getCaseReference().equalsIgnoreCase(confirm.getValue().strip())) {
                confirm.setErrorMessage(getTranslation("retention.confirmMismatch"));
                confirm.setInvalid(true);
                return;
            }
            retention.anonymise(review.getId(), review.getVersion());
            dialog.close();
            Notices.success(getTranslation("retention.anonymised", review.getCaseReference()));
            refresh();
        });
        anonymise.setId("confirm-anonymise");
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), anonymise);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retention");
    }
}
