package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.scrutiny.Recommendation;
import org.marac.portal.scrutiny.RecommendationService;
import org.marac.portal.scrutiny.ResponseDecision;
import org.springframework.dao.OptimisticLockingFailureException;

/** An agency lead answers the scrutiny panels' recommendations to their agency, with the action taken. */
@Route("scrutiny/recommendations")
@RolesAllowed("AGENCY_LEAD")
@Menu(order = 65, title = "nav.scrutinyRecommendations")
public class RecommendationsView extends Main implements HasDynamicTitle {

    private final RecommendationService recommendations;
    private final Grid<Recommendation> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    RecommendationsView(RecommendationService recommendations) {
        this.recommendations = recommendations;
        addClassName("admin-view");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        grid.addColumn(r -> r.getMeeting().getPanel().getName()).setHeader(getTranslation("scrutiny.panel")).setAutoWidth(true);
        grid.addColumn(r -> DateFormats.date(r.getMeeting().getMeetingDate()) + " — " + r.getMeeting().getTheme())
                .setHeader(getTranslation("scrutiny.meeting")).setFlexGrow(2);
        grid.addColumn(Recommendation::getText).setHeader(getTranslation("scrutiny.report.recommendation")).setFlexGrow(3);
        grid.addColumn(r -> DateFormats.date(r.getDueDate())).setHeader(getTranslation("scrutiny.report.due")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of("scrutiny.progress", r.progress(today))
                + (r.getResponse() == null ? "" : ": " + Labels.of("scrutiny.response", r.getResponse())))
                .setHeader(getTranslation("case.status")).setAutoWidth(true);
        grid.addColumn(r -> r.getActionTaken() == null ? "" : r.getActionTaken()).setHeader(getTranslation("scrutiny.report.actionTaken")).setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.progress(today) == Recommendation.Progress.OVERDUE ? "overdue" : null);
        grid.addComponentColumn(r -> {
            Button respond = new Button(getTranslation(r.getResponse() == null ? "scrutiny.respond" : "scrutiny.respond.revise"),
                    click -> respond(r));
            respond.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            respond.setAriaLabel(getTranslation("scrutiny.respondNamed", r.getText()));
            respond.setVisible(r.getClosedAt() == null);
            return respond;
        }).setKey("respond").setHeader(getTranslation("scrutiny.respond")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.scrutinyRecommendations"));
        grid.setId("agency-recommendations");
        none.setText(getTranslation("scrutiny.recommendation.noneForAgency"));
        add(new H1(getTranslation("nav.scrutinyRecommendations")), new Paragraph(getTranslation("scrutiny.respond.intro")),
                none, grid);
        refresh();
    }

    private void refresh() {
        var mine = recommendations.forMyAgency();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }

    private void respond(Recommendation recommendation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scrutiny.respond.title"));
        dialog.setWidth("min(40rem, 95vw)");
        Paragraph stale = new Paragraph(getTranslation("error.stale"));
        stale.addClassName("stale-warning");
        stale.setVisible(false);
        RadioButtonGroup<ResponseDecision> decision = new RadioButtonGroup<>(getTranslation("scrutiny.respond.decision"));
        decision.setItems(ResponseDecision.values());
        decision.setItemLabelGenerator(value -> Labels.of("scrutiny.response", value));
        decision.setRequiredIndicatorVisible(true);
        decision.setValue(recommendation.getResponse());
        TextArea action = new TextArea(getTranslation("scrutiny.report.actionTaken"));
        action.setHelperText(getTranslation("scrutiny.respond.action.help"));
        action.setMaxLength(2000);
        action.setWidthFull();
        action.setValue(recommendation.getActionTaken() == null ? "" : recommendation.getActionTaken());
        dialog.add(stale, new Paragraph(recommendation.getText()), decision, action);
        Button save = new Button(getTranslation("scrutiny.respond.save"), click -> {
            decision.setInvalid(false);
            action.setInvalid(false);
            try {
                recommendations.respond(recommendation.getId(), recommendation.getVersion(), decision.getValue(), action.getValue());
                dialog.close();
                Notices.success(getTranslation("scrutiny.respond.saved"));
                refresh();
            } catch (OptimisticLockingFailureException changed) {
                stale.setVisible(true);
            } catch (InvalidFieldException refused) {
                var field = "response".equals(refused.field()) ? decision : action;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        save.setId("save-response");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scrutinyRecommendations");
    }
}
