package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.nomination.Question;
import org.marac.portal.nomination.RiskAnswer;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.nomination.RiskLevel;
import org.springframework.dao.OptimisticLockingFailureException;

/** SUPERVISOR: risk assessments from their agency awaiting endorsement; only the endorsed level counts. */
@Route("endorsements")
@RolesAllowed("SUPERVISOR")
@Menu(order = 20, title = "nav.endorsements")
public class EndorsementView extends Main implements HasDynamicTitle {

    private final RiskAssessmentService risk;
    private final Grid<RiskAssessment> grid = new Grid<>();
    private final Div detail = new Div();

    EndorsementView(RiskAssessmentService risk) {
        this.risk = risk;
        addClassName("admin-view");
        grid.addColumn(a -> CaseLabels.reference(a.getMaracCase())).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(a -> a.getAssessor().getDisplayName()).setHeader(getTranslation("risk.assessor"));
        grid.addColumn(a -> Labels.of("risk.level", a.getAssessorLevel())).setHeader(getTranslation("risk.assessorLevel"));
        grid.addColumn(a -> DateFormats.dateTime(a.getSubmittedAt())).setHeader(getTranslation("risk.sentAt"));
        Grids.openable(grid, a -> CaseLabels.reference(a.getMaracCase()), this::show);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.endorsements"));
        add(new H1(getTranslation("nav.endorsements")), grid, detail);
        refresh();
    }

    private void refresh() {
        grid.setItems(risk.awaitingEndorsement());
        detail.removeAll();
    }

    private void show(RiskAssessment assessment) {
        detail.removeAll();
        detail.addClassName("endorsement-detail");
        detail.add(new H2(getTranslation("risk.title", CaseLabels.reference(assessment.getMaracCase()), assessment.getAssessmentNumber())));
        for (Question question : assessment.getQuestionSet().getQuestions()) {
            RiskAnswer answer = assessment.getAnswers().get(question.getId());
            detail.add(new Paragraph(question.getNumber() + ". " + question.getText() + " — "
                    + (answer == null ? "—" : Labels.of("risk.answer", answer.getAnswer())
                    + (answer.getNote() == null ? "" : " (" + answer.getNote() + ")"))));
        }
        detail.add(new Paragraph(getTranslation("risk.diagnosticsSummary",
                Labels.of("risk.rating", assessment.getCurrentHarm()), Labels.of("risk.rating", assessment.getRepeatVictimisation()),
                Labels.of("risk.rating", assessment.getCommunityCohesion()), Labels.of("risk.rating", assessment.getAgencyConfidence()))));
        detail.add(new Paragraph(getTranslation("risk.assessorSays", Labels.of("risk.level", assessment.getAssessorLevel()),
                assessment.getRationale())));
        detail.add(new Paragraph(getTranslation("risk.plan") + ": " + assessment.getPlan().stream()
                .map(item -> item.getMeasure() + " (" + item.getOwner() + ")").collect(Collectors.joining("; "))));

        RadioButtonGroup<RiskLevel> level = new RadioButtonGroup<>(getTranslation("risk.endorsedLevel"));
        level.setItems(RiskLevel.values());
        level.setItemLabelGenerator(value -> Labels.of("risk.level", value));
        level.setValue(assessment.getAssessorLevel());
        TextArea reason = new TextArea(getTranslation("risk.endorsementReason"));
        reason.setHelperText(getTranslation("risk.endorsementReason.help"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button endorse = new Button(getTranslation("risk.endorse"));
        endorse.setId("endorse");
        endorse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endorse.setDisableOnClick(true);
        endorse.addClickListener(click -> {
            try {
                risk.endorse(assessment.getId(), assessment.getVersion(), level.getValue(), reason.getValue());
                Notices.success(getTranslation("risk.endorsed", CaseLabels.reference(assessment.getMaracCase()),
                        Labels.of("risk.level", level.getValue())));
                refresh();
            } catch (InvalidFieldException refused) {
                var field = "reason".equals(refused.field()) ? reason : null;
                if (field != null) {
                    field.setErrorMessage(getTranslation(refused.messageKey()));
                    field.setInvalid(true);
                } else {
                    level.setErrorMessage(getTranslation(refused.messageKey()));
                    level.setInvalid(true);
                }
            } catch (OptimisticLockingFailureException stale) {
                Notices.error(getTranslation("error.stale"));
            } finally {
                endorse.setEnabled(true);
            }
        });
        detail.add(level, reason, endorse);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.endorsements");
    }
}
