package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.base.ui.ProblemList;
import org.marac.portal.nomination.Answer;
import org.marac.portal.nomination.AssessmentStatus;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseParty;
import org.marac.portal.nomination.IncompleteNominationException;
import org.marac.portal.nomination.PlanItem;
import org.marac.portal.nomination.Question;
import org.marac.portal.nomination.QuestionSection;
import org.marac.portal.nomination.Rating;
import org.marac.portal.nomination.RiskAnswer;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.nomination.RiskLevel;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The structured hate crime risk assessment: the question set's questions by section (from the database),
 * the four diagnostic judgements, the assessor's level with a rationale, and the risk management plan.
 */
@Route("cases/:caseId/risk")
@RolesAllowed("PRACTITIONER")
public class RiskAssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RiskAssessmentService risk;
    private final Map<Long, RadioButtonGroup<Answer>> answers = new HashMap<>();
    private final Map<Long, TextField> notes = new HashMap<>();
    private final Map<String, RadioButtonGroup<Rating>> diagnostics = new HashMap<>();
    private final RadioButtonGroup<RiskLevel> level = new RadioButtonGroup<>();
    private final TextArea rationale = new TextArea();
    private final List<PlanItem> plan = new ArrayList<>();
    private final Grid<PlanItem> planGrid = new Grid<>();
    private final ProblemList problems = new ProblemList();
    private RiskAssessment assessment;
    private String title = "";

    RiskAssessmentView(RiskAssessmentService risk) {
        this.risk = risk;
        addClassName("risk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            assessment = risk.draftFor(Long.valueOf(event.getRouteParameters().get("caseId").orElse("")));
        } catch (CaseNotFoundException | NumberFormatException notVisible) {
            title = getTranslation("case.denied.title");
            add(new H1(title), new Paragraph(getTranslation("case.denied.text")));
            return;
        }
        title = getTranslation("risk.title", CaseLabels.reference(assessment.getMaracCase()), assessment.getAssessmentNumber());
        add(new H1(title));
        assessment.getMaracCase().victim().map(CaseParty::getPerson)
                .ifPresent(victim -> add(new CommunicationPreferences(victim)));
        add(problems);
        for (QuestionSection section : QuestionSection.values()) {
            Section block = new Section(new H2(Labels.of("risk.section", section)));
            block.addClassName("form-section");
            assessment.getQuestionSet().getQuestions().stream().filter(q -> q.getSection() == section)
                    .forEach(question -> block.add(questionRow(question)));
            add(block);
        }
        add(diagnosticsSection(), levelSection(), planSection());
        Button save = new Button(getTranslation("risk.save"), click -> save(false));
        save.setId("save-assessment");
        Button send = new Button(getTranslation("risk.send"), click -> save(true));
        send.setId("send-for-endorsement");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(save, send));
    }

    private Div questionRow(Question question) {
        Div row = new Div();
        row.addClassName("question");
        RadioButtonGroup<Answer> answer = new RadioButtonGroup<>(question.getNumber() + ". " + question.getText());
        answer.setItems(Answer.values());
        answer.setItemLabelGenerator(value -> Labels.of("risk.answer", value));
        TextField note = new TextField(getTranslation("risk.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        RiskAnswer existing = assessment.getAnswers().get(question.getId());
        if (existing != null) {
            answer.setValue(existing.getAnswer());
            note.setValue(existing.getNote() == null ? "" : existing.getNote());
        }
        answers.put(question.getId(), answer);
        notes.put(question.getId(), note);
        row.add(answer, note);
        return row;
    }

    private Section diagnosticsSection() {
        Section section = new Section(new H2(getTranslation("risk.diagnostics")));
        section.addClassName("form-section");
        diagnostic(section, "currentHarm", assessment.getCurrentHarm());
        diagnostic(section, "repeatVictimisation", assessment.getRepeatVictimisation());
        diagnostic(section, "communityCohesion", assessment.getCommunityCohesion());
        diagnostic(section, "agencyConfidence", assessment.getAgencyConfidence());
        return section;
    }

    private void diagnostic(Section section, String name, Rating current) {
        RadioButtonGroup<Rating> group = new RadioButtonGroup<>(getTranslation("risk.diagnostic." + name));
        group.setItems(Rating.values());
        group.setItemLabelGenerator(value -> Labels.of("risk.rating", value));
        group.setValue(current);
        diagnostics.put(name, group);
        section.add(group);
    }

    private Section levelSection() {
        Section section = new Section(new H2(getTranslation("risk.overall")));
        section.addClassName("form-section");
        level.setLabel(getTranslation("risk.assessorLevel"));
        level.setItems(RiskLevel.values());
        level.setItemLabelGenerator(value -> Labels.of("risk.level", value));
        level.setValue(assessment.getAssessorLevel());
        rationale.setLabel(getTranslation("risk.rationale"));
        rationale.setMaxLength(4000);
        rationale.setWidthFull();
        rationale.setValue(assessment.getRationale() == null ? "" : assessment.getRationale());
        section.add(level, rationale);
        return section;
    }

    private Section planSection() {
        Section section = new Section(new H2(getTranslation("risk.plan")));
        section.addClassName("form-section");
        plan.addAll(assessment.getPlan());
        planGrid.setAllRowsVisible(true);
        planGrid.addColumn(PlanItem::getMeasure).setHeader(getTranslation("plan.measure")).setFlexGrow(3);
        planGrid.addColumn(PlanItem::getOwner).setHeader(getTranslation("plan.owner"));
        planGrid.addColumn(item -> DateFormats.date(item.getDue())).setHeader(getTranslation("plan.due"));
        planGrid.addComponentColumn(item -> {
            Button remove = new Button(getTranslation("action.remove"), click -> {
                plan.remove(item);
                planGrid.setItems(plan);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("plan.removeNamed", item.getMeasure()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        planGrid.setItems(plan);
        planGrid.setAriaLabel(getTranslation("risk.plan"));
        TextField measure = new TextField(getTranslation("plan.measure"));
        measure.setMaxLength(1000);
        TextField owner = new TextField(getTranslation("plan.owner"));
        owner.setMaxLength(150);
        DatePicker due = Fields.datePicker(getTranslation("plan.due"));
        due.setMin(java.time.LocalDate.now(DateFormats.UK));
        Button add = new Button(getTranslation("plan.add"), click -> {
            boolean ok = true;
            for (TextField field : List.of(measure, owner)) {
                field.setInvalid(field.getValue().isBlank());
                field.setErrorMessage(getTranslation("validation.required"));
                ok &= !field.isInvalid();
            }
            if (ok && !due.isInvalid()) {
                plan.add(new PlanItem(measure.getValue().strip(), owner.getValue().strip(), due.getValue()));
                planGrid.setItems(plan);
                measure.clear();
                owner.clear();
                due.clear();
            }
        });
        add.setId("add-plan-item");
        HorizontalLayout entry = new HorizontalLayout(measure, owner, due, add);
        entry.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        entry.setWrap(true);
        section.add(planGrid, entry);
        return section;
    }

    private void writeForm() {
        Map<Long, RiskAnswer> written = new HashMap<>();
        answers.forEach((questionId, group) -> {
            if (group.getValue() != null) {
                written.put(questionId, new RiskAnswer(group.getValue(), notes.get(questionId).getValue()));
            }
        });
        assessment.setAnswers(written);
        assessment.setCurrentHarm(diagnostics.get("currentHarm").getValue());
        assessment.setRepeatVictimisation(diagnostics.get("repeatVictimisation").getValue());
        assessment.setCommunityCohesion(diagnostics.get("communityCohesion").getValue());
        assessment.setAgencyConfidence(diagnostics.get("agencyConfidence").getValue());
        assessment.setAssessorLevel(level.getValue());
        assessment.setRationale(rationale.getValue().isBlank() ? null : rationale.getValue().strip());
        assessment.setPlan(plan);
    }

    private void save(boolean sendForEndorsement) {
        writeForm();
        try {
            assessment = sendForEndorsement ? risk.submitForEndorsement(assessment) : risk.save(assessment);
            problems.hide();
            Notices.success(getTranslation(sendForEndorsement ? "risk.sent" : "risk.saved"));
            if (assessment.getStatus() == AssessmentStatus.AWAITING_ENDORSEMENT) {
                getUI().ifPresent(ui -> ui.navigate(CaseView.class, NominationView.parametersFor(assessment.getMaracCase())));
            }
        } catch (IncompleteNominationException incomplete) {
            problems.show(incomplete.missing().stream().map(reason -> getTranslation(reason.key())).toList());
        } catch (InvalidFieldException refused) {
            problems.show(List.of(getTranslation(refused.messageKey())));
        } catch (OptimisticLockingFailureException stale) {
            problems.show(List.of(getTranslation("error.stale")));
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            problems.show(invalid.getConstraintViolations().stream().map(v -> v.getMessage()).toList());
        }
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
