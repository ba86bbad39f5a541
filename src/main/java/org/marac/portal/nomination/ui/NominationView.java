package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.base.ui.ProblemList;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseParty;
import org.marac.portal.nomination.Eligibility;
import org.marac.portal.nomination.IncompleteNominationException;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.LawfulBasis;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.VictimSupportChoice;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.person.Person;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The nomination form, in sections on one page: area, victim, incidents with hate flags, perpetrators,
 * what the agency has done, consent, and victim support. A draft saves at any point; submitting lists
 * exactly what is still missing.
 */
@Route("nominations/:caseId?")
@RolesAllowed("PRACTITIONER")
public class NominationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NominationService nominations;
    private final MaracAreaService areas;
    private final BeanValidationBinder<MaracCase> caseBinder = new BeanValidationBinder<>(MaracCase.class);
    private final ProblemList problems = new ProblemList();
    private final Grid<Incident> incidents = new Grid<>();
    private final java.util.Map<Grid<CaseParty>, List<PartyRole>> peopleGrids = new java.util.LinkedHashMap<>();
    private final Paragraph possibleMatch = new Paragraph();
    private final Paragraph referralModel = new Paragraph();
    private final Button save = new Button();
    private final Button submit = new Button();
    private PersonFields victimFields;
    private ComboBox<MaracArea> area;
    private MaracCase draft;

    NominationView(NominationService nominations, MaracAreaService areas) {
        this.nominations = nominations;
        this.areas = areas;
        addClassName("nomination-view");
    }

    static RouteParameters parametersFor(MaracCase maracCase) {
        return parametersFor(maracCase.getId());
    }

    static RouteParameters parametersFor(Long caseId) {
        return new RouteParameters("caseId", String.valueOf(caseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            draft = event.getRouteParameters().get("caseId").map(Long::valueOf).map(nominations::find)
                    .orElseGet(nominations::newDraft);
        } catch (CaseNotFoundException | NumberFormatException notVisible) {
            add(new H1(getTranslation("case.denied.title")), new Paragraph(getTranslation("case.denied.text")));
            return;
        }
        if (!draft.isEditableByNominator()) {
            event.forwardTo(CaseView.class, parametersFor(draft));
            return;
        }
        build();
        read();
    }

    private void build() {
        add(new H1(getTitleText()));
        add(problems);
        possibleMatch.addClassName("possible-match");
        possibleMatch.setText(getTranslation("nomination.possibleMatch"));
        possibleMatch.getElement().setAttribute("role", "status");
        possibleMatch.setVisible(false);
        add(possibleMatch);
        add(areaSection(), victimSection(), incidentSection(),
                peopleSection("nomination.section.perpetrators", List.of(PartyRole.PERPETRATOR)), actionSection(),
                peopleSection("nomination.section.others", List.of(PartyRole.WITNESS, PartyRole.FAMILY)),
                consentSection(), supportSection());

        save.setText(getTranslation("nomination.saveDraft"));
        save.setId("save-draft");
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                saveDraft();
            } finally {
                save.setEnabled(true);
            }
        });
        submit.setText(getTranslation("nomination.submit"));
        submit.setId("submit-nomination");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        Button assess = new Button(getTranslation("case.assessRisk"), click -> {
            if (saveDraft()) {
                getUI().ifPresent(ui -> ui.navigate(RiskAssessmentView.class, parametersFor(draft)));
            }
        });
        assess.setId("assess-risk");
        assess.setTooltipText(getTranslation("nomination.assessHelp"));
        HorizontalLayout actions = new HorizontalLayout(save, assess, submit);
        actions.addClassName("form-actions");
        add(actions);
    }

    private Component areaSection() {
        Section section = section("nomination.section.area");
        area = new ComboBox<>(getTranslation("case.area"));
        Long agencyId = PortalUser.require().getAgencyId();
        area.setItems(areas.areasWithMemberAgency(agencyId));
        area.setItemLabelGenerator(MaracArea::getName);
        area.addValueChangeListener(change -> showReferralModel(change.getValue()));
        caseBinder.forField(area).bind(MaracCase::getArea, MaracCase::setArea);
        Checkbox children = new Checkbox(getTranslation("nomination.children"));
        caseBinder.forField(children).bind("childrenInHousehold");
        section.add(area, children);
        return section;
    }

    private Component victimSection() {
        Section section = section("nomination.section.victim");
        victimFields = new PersonFields(true);
        section.add(victimFields);
        return section;
    }

    private Component incidentSection() {
        Section section = section("nomination.section.incidents");
        incidents.setAllRowsVisible(true);
        incidents.addColumn(incident -> DateFormats.dateTime(incident.getOccurredAt())).setHeader(getTranslation("incident.when")).setAutoWidth(true);
        incidents.addColumn(incident -> Labels.of("incident.kind", incident.getKind())).setHeader(getTranslation("incident.kind")).setAutoWidth(true);
        incidents.addColumn(CaseLabels::flags).setHeader(getTranslation("incident.flags")).setFlexGrow(2);
        incidents.addColumn(Incident::getPlace).setHeader(getTranslation("incident.place"));
        org.marac.portal.base.ui.Grids.editable(incidents, incident -> DateFormats.dateTime(incident.getOccurredAt()),
                incident -> new IncidentDialog(incident, localStrands(), edited -> refreshLists()).open());
        incidents.setAriaLabel(getTranslation("nomination.section.incidents"));
        Button add = new Button(getTranslation("incident.add"), click -> {
            Incident incident = new Incident();
            new IncidentDialog(incident, localStrands(), added -> {
                draft.addIncident(added);
                refreshLists();
            }).open();
        });
        add.setId("add-incident");
        section.add(incidents, add);
        return section;
    }

    /** People other than the victim, in the given roles: a list and an "add" button for each role. */
    private Component peopleSection(String titleKey, List<PartyRole> roles) {
        Section section = section(titleKey);
        Grid<CaseParty> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(party -> Labels.of("party.role", party.getRole())).setHeader(getTranslation("person.role")).setAutoWidth(true);
        grid.addColumn(party -> party.getPerson().displayName()).setHeader(getTranslation("person.name"));
        grid.addColumn(party -> String.join(", ", party.getPerson().getAliases())).setHeader(getTranslation("person.aliases"));
        grid.addColumn(party -> party.getPerson().getPostcode()).setHeader(getTranslation("person.postcode"));
        org.marac.portal.base.ui.Grids.editable(grid, party -> party.getPerson().displayName(),
                party -> new PersonDialog(getTranslation("party.edit", Labels.of("party.role", party.getRole())),
                        party.getPerson(), edited -> refreshLists()).open());
        grid.setAriaLabel(getTranslation(titleKey));
        peopleGrids.put(grid, roles);
        HorizontalLayout buttons = new HorizontalLayout();
        for (PartyRole role : roles) {
            String label = role == PartyRole.PERPETRATOR ? getTranslation("perpetrator.add") : getTranslation("party.add." + role.name());
            Button add = new Button(label, click -> new PersonDialog(label, new Person(), person -> {
                draft.addParty(role, person);
                refreshLists();
            }).open());
            add.setId("add-" + role.name().toLowerCase(java.util.Locale.ROOT));
            buttons.add(add);
        }
        section.add(grid, buttons);
        return section;
    }

    private Component actionSection() {
        Section section = section("nomination.section.actions");
        TextArea reason = area("nomination.reason", 4000);
        caseBinder.forField(reason).bind("reason");
        TextArea actionsSoFar = area("nomination.actionsSoFar", 4000);
        caseBinder.forField(actionsSoFar).bind("actionsSoFar");
        Checkbox judgement = new Checkbox(getTranslation("nomination.professionalJudgement"));
        caseBinder.forField(judgement).bind("professionalJudgement");
        TextArea judgementReason = area("nomination.professionalJudgementReason", 2000);
        caseBinder.forField(judgementReason)
                .withValidator(text -> !judgement.getValue() || !text.isBlank(), getTranslation("missing.professionalJudgementReason"))
                .bind("professionalJudgementReason");
        judgementReason.setVisible(false);
        judgement.addValueChangeListener(change -> judgementReason.setVisible(change.getValue()));
        section.add(reason, actionsSoFar, judgement, judgementReason);
        return section;
    }

    private Component consentSection() {
        Section section = section("nomination.section.consent");
        RadioButtonGroup<Boolean> aware = yesNo("consent.aware");
        caseBinder.forField(aware).bind(MaracCase::getVictimAware, MaracCase::setVictimAware);
        RadioButtonGroup<Boolean> consented = yesNo("consent.consented");
        caseBinder.forField(consented).bind(MaracCase::getVictimConsented, MaracCase::setVictimConsented);
        Select<LawfulBasis> basis = new Select<>();
        basis.setLabel(getTranslation("consent.lawfulBasis"));
        basis.setItems(LawfulBasis.values());
        basis.setItemLabelGenerator(value -> Labels.of("consent.basis", value));
        caseBinder.forField(basis).bind(MaracCase::getLawfulBasis, MaracCase::setLawfulBasis);
        TextArea reason = area("consent.reason", 2000);
        caseBinder.forField(reason).bind("sharingWithoutConsentReason");
        FormLayout withoutConsent = new FormLayout(basis, reason);
        withoutConsent.setVisible(false);
        consented.addValueChangeListener(change -> withoutConsent.setVisible(Boolean.FALSE.equals(change.getValue())));
        section.add(aware, consented, withoutConsent);
        return section;
    }

    private Component supportSection() {
        Section section = section("nomination.section.support");
        RadioButtonGroup<VictimSupportChoice> choice = new RadioButtonGroup<>(getTranslation("support.choice"));
        choice.setItems(VictimSupportChoice.values());
        choice.setItemLabelGenerator(value -> Labels.of("support.choice", value));
        caseBinder.forField(choice).bind(MaracCase::getVictimSupportChoice, MaracCase::setVictimSupportChoice);
        section.add(referralModel, choice);
        return section;
    }

    private void showReferralModel(MaracArea chosen) {
        referralModel.setText(chosen == null ? getTranslation("support.chooseArea")
                : getTranslation(chosen.getReferralModel() == ReferralModel.OPT_OUT ? "support.optOut" : "support.optIn"));
    }

    private List<String> localStrands() {
        return area.getValue() == null ? List.of() : area.getValue().getLocalStrands();
    }

    private void read() {
        caseBinder.readBean(draft);
        victimFields.binder().readBean(victim());
        showReferralModel(draft.getArea());
        refreshLists();
    }

    private void refreshLists() {
        incidents.setItems(draft.getIncidents());
        peopleGrids.forEach((grid, roles) -> grid.setItems(draft.getParties().stream()
                .filter(party -> roles.contains(party.getRole())).toList()));
    }

    private Person victim() {
        return draft.victim().map(CaseParty::getPerson).orElseThrow();
    }

    /** Writes the form into the draft; false (with messages beside the fields) when a value is malformed. */
    private boolean writeForm() {
        boolean caseOk = caseBinder.writeBeanIfValid(draft);
        boolean victimOk = victimFields.binder().writeBeanIfValid(victim());
        if (!caseOk || !victimOk) {
            List<String> messages = new java.util.ArrayList<>();
            messages.add(getTranslation("nomination.fixFields"));
            java.util.stream.Stream.concat(caseBinder.validate().getFieldValidationErrors().stream(),
                            victimFields.binder().validate().getFieldValidationErrors().stream())
                    .forEach(error -> messages.add(fieldLabel(error.getField()) + ": " + error.getMessage().orElse("")));
            problems.show(messages);
            return false;
        }
        return true;
    }

    private boolean saveDraft() {
        if (!writeForm()) {
            return false;
        }
        try {
            draft = nominations.saveDraft(draft);
            read();
            possibleMatch.setVisible(nominations.possibleMatchExists(draft.getId()));
            problems.hide();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "nominations/" + draft.getId()));
            Notices.success(getTranslation("nomination.saved"));
            return true;
        } catch (InvalidFieldException refused) {
            problems.show(List.of(getTranslation(refused.messageKey())));
        } catch (OptimisticLockingFailureException stale) {
            problems.show(List.of(getTranslation("error.stale")));
        }
        return false;
    }

    private void submit() {
        if (!writeForm()) {
            return;
        }
        try {
            MaracCase submitted = nominations.submit(draft);
            Notices.success(getTranslation("nomination.submitted", submitted.getReference()));
            getUI().ifPresent(ui -> ui.navigate(CaseView.class, parametersFor(submitted)));
        } catch (IncompleteNominationException incomplete) {
            problems.show(incomplete.missing().stream()
                    .map((Eligibility.Reason reason) -> getTranslation(reason.key(), reason.arguments())).toList());
        } catch (InvalidFieldException refused) {
            problems.show(List.of(getTranslation(refused.messageKey())));
        } catch (OptimisticLockingFailureException stale) {
            problems.show(List.of(getTranslation("error.stale")));
        }
    }


    private static String fieldLabel(com.vaadin.flow.component.HasValue<?, ?> field) {
        return field instanceof com.vaadin.flow.component.HasLabel labelled && labelled.getLabel() != null
                ? labelled.getLabel() : "";
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("form-section");
        return section;
    }

    private TextArea area(String labelKey, int maxLength) {
        TextArea textArea = new TextArea(getTranslation(labelKey));
        textArea.setMaxLength(maxLength);
        textArea.setWidthFull();
        return textArea;
    }

    private RadioButtonGroup<Boolean> yesNo(String labelKey) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> getTranslation(value ? "common.yes" : "common.no"));
        return group;
    }

    private String getTitleText() {
        return draft == null || draft.isNew() ? getTranslation("nomination.new")
                : getTranslation("nomination.draft", CaseLabels.reference(draft));
    }

    @Override
    public String getPageTitle() {
        return getTitleText();
    }
}
