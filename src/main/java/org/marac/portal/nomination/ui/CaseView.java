package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.CaseEvent;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseParty;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.Eligibility;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.person.Person;

/** One case: summary, how to contact the victim, people, incidents and flags, risk history, consent, timeline. */
@Route("cases/:caseId")
@RolesAllowed({"PRACTITIONER", "SUPERVISOR", "AGENCY_LEAD", "CHAIR"})
public class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NominationService nominations;
    private final RiskAssessmentService risk;
    private final CaseInformationService information;
    private final CaseClosureService closure;
    private final List<CaseViewSection> contributed;
    private String title = "";

    CaseView(NominationService nominations, RiskAssessmentService risk, CaseInformationService information,
            CaseClosureService closure, List<CaseViewSection> contributed) {
        this.nominations = nominations;
        this.risk = risk;
        this.information = information;
        this.closure = closure;
        this.contributed = contributed.stream().sorted(java.util.Comparator.comparingInt(CaseViewSection::order)).toList();
        addClassName("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        MaracCase maracCase;
        try {
            maracCase = nominations.find(Long.valueOf(event.getRouteParameters().get("caseId").orElse("")));
        } catch (CaseNotFoundException | NumberFormatException notVisible) {
            title = getTranslation("case.denied.title");
            add(new H1(title), new Paragraph(getTranslation("case.denied.text")));
            return;
        }
        title = CaseLabels.reference(maracCase);
        add(header(maracCase));
        maracCase.victim().map(CaseParty::getPerson).ifPresent(victim -> add(new CommunicationPreferences(victim)));
        add(summary(maracCase));
        if (maracCase.getStatus() == CaseStatus.CLOSED) {
            add(closureSummary(maracCase));
        }
        contributed.forEach(section -> section.create(maracCase).ifPresent(this::add));
        add(people(maracCase), incidents(maracCase),
                new SharedInformationSection(information, maracCase, null, maracCase.getStatus() != CaseStatus.CLOSED),
                riskHistory(maracCase), consent(maracCase), timeline(maracCase));
    }

    private Component header(MaracCase maracCase) {
        Div header = new Div();
        header.addClassName("case-header");
        H1 heading = new H1(CaseLabels.reference(maracCase));
        Span status = new Span(Labels.of("case.status", maracCase.getStatus()));
        status.addClassName("badge");
        header.add(heading, status);
        if (maracCase.isRepeatCase()) {
            Span repeat = new Span(getTranslation("case.repeat"));
            repeat.addClassName("badge");
            repeat.addClassName("badge-repeat");
            header.add(repeat);
        }
        PortalUser user = PortalUser.require();
        if (maracCase.getStatus() == CaseStatus.DRAFT && user.hasRole(Role.PRACTITIONER)) {
            header.add(new Button(getTranslation("case.editNomination"),
                    click -> getUI().ifPresent(ui -> ui.navigate(NominationView.class, NominationView.parametersFor(maracCase)))));
        }
        if (user.hasRole(Role.PRACTITIONER) && maracCase.getStatus() != CaseStatus.CLOSED) {
            Button assess = new Button(getTranslation("case.assessRisk"),
                    click -> getUI().ifPresent(ui -> ui.navigate(RiskAssessmentView.class, NominationView.parametersFor(maracCase))));
            assess.setId("assess-risk");
            header.add(assess);
        }
        if (user.hasRole(Role.CHAIR) && maracCase.isClosable()) {
            Button close = new Button(getTranslation("closure.close"),
                    click -> new CloseCaseDialog(closure, maracCase, closed -> reload()).open());
            close.setId("close-case");
            header.add(close);
        }
        if (user.hasRole(Role.CHAIR) && maracCase.getStatus() == CaseStatus.CLOSED) {
            Button reopen = new Button(getTranslation("closure.reopen"),
                    click -> new ReopenCaseDialog(closure, maracCase, reopened -> reload()).open());
            reopen.setId("reopen-case");
            header.add(reopen);
        }
        return header;
    }

    private Component summary(MaracCase maracCase) {
        Section section = section("case.summary");
        section.add(line("case.area", maracCase.getArea() == null ? "—" : maracCase.getArea().getName()));
        section.add(line("case.nominatedBy", maracCase.getNominatingAgency().getName() + " — "
                + maracCase.getNominatingMember().getDisplayName()));
        section.add(line("case.endorsedRisk", maracCase.getEndorsedRisk() == null
                ? getTranslation("case.notEndorsed") : Labels.of("risk.level", maracCase.getEndorsedRisk())));
        section.add(line("case.reason", maracCase.getReason()));
        section.add(line("case.actionsSoFar", maracCase.getActionsSoFar()));
        if (maracCase.isChildrenInHousehold()) {
            section.add(new Paragraph(getTranslation("case.children")));
        }
        Eligibility eligibility = nominations.eligibilityOf(maracCase.getId());
        section.add(new EligibilityPanel(eligibility));
        if (maracCase.getDeclineReason() != null) {
            section.add(line("case.declineReason", maracCase.getDeclineReason()));
        }
        return section;
    }

    private Component closureSummary(MaracCase maracCase) {
        Section section = section("closure.summary");
        section.add(line("closure.closedAt", DateFormats.dateTime(maracCase.getClosedAt())));
        section.add(line("closure.reason", Labels.of("closure.reason", maracCase.getClosureReason())));
        section.add(line("closure.finalRisk", Labels.of("risk.level", maracCase.getFinalRisk())));
        section.add(line("closure.cpsOutcome", Labels.of("closure.cps", maracCase.getCpsOutcome())));
        section.add(line("closure.note", maracCase.getClosureNote()));
        section.add(new Paragraph(getTranslation("closure.readOnly")));
        return section;
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private Component people(MaracCase maracCase) {
        Section section = section("case.people");
        for (PartyRole role : PartyRole.values()) {
            List<CaseParty> parties = maracCase.partiesIn(role);
            int number = 0;
            for (CaseParty party : parties) {
                number++;
                Person person = party.getPerson();
                String label = Labels.of("party.role", role) + (parties.size() > 1 ? " " + number : "");
                section.add(new H3(label + ": " + person.displayName()));
                if (person.getDateOfBirth() != null) {
                    section.add(line("person.dateOfBirth", DateFormats.date(person.getDateOfBirth())));
                } else if (person.getAgeBand() != null) {
                    section.add(line("person.ageBand", Labels.of("age", person.getAgeBand())));
                }
                if (person.getAddress() != null || person.getPostcode() != null) {
                    section.add(line("person.address", String.join(", ",
                            java.util.stream.Stream.of(person.getAddress(), person.getPostcode())
                                    .filter(part -> part != null).toList())));
                }
                if (!person.getAliases().isEmpty()) {
                    section.add(line("person.aliases", String.join(", ", person.getAliases())));
                }
                if (person.getVulnerabilityNotes() != null) {
                    section.add(line("person.vulnerability", person.getVulnerabilityNotes()));
                }
            }
        }
        return section;
    }

    private Component incidents(MaracCase maracCase) {
        Section section = section("case.incidents");
        Grid<Incident> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(incident -> DateFormats.dateTime(incident.getOccurredAt())).setHeader(getTranslation("incident.when")).setAutoWidth(true);
        grid.addColumn(incident -> Labels.of("incident.kind", incident.getKind())).setHeader(getTranslation("incident.kind")).setAutoWidth(true);
        grid.addColumn(incident -> join(incident.getPlace(), incident.getWard())).setHeader(getTranslation("incident.place"));
        grid.addColumn(CaseLabels::flags).setHeader(getTranslation("incident.flags")).setFlexGrow(2);
        grid.addColumn(Incident::getDescription).setHeader(getTranslation("incident.description")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(incident -> {
            Div details = new Div();
            details.add(line("incident.route", Labels.of("incident.route", incident.getReportingRoute())
                    + (incident.getReportingCentre() == null ? "" : " — " + incident.getReportingCentre())));
            details.add(line("incident.crimeReference", incident.getCrimeReference()));
            details.add(line("incident.perceivedBy", Labels.of("incident.perceivedBy", incident.getPerceivedBy())));
            details.add(line("incident.victimWords", incident.getVictimWords()));
            return details;
        }));
        grid.setItems(maracCase.getIncidents());
        grid.setAriaLabel(getTranslation("case.incidents"));
        section.add(grid);
        return section;
    }

    private Component riskHistory(MaracCase maracCase) {
        Section section = section("case.riskHistory");
        List<RiskAssessment> history = risk.history(maracCase.getId());
        if (history.isEmpty()) {
            section.add(new Paragraph(getTranslation("case.noAssessment")));
        }
        for (RiskAssessment assessment : history) {
            section.add(new Paragraph(getTranslation("case.assessmentLine", assessment.getAssessmentNumber(),
                    Labels.of("risk.status", assessment.getStatus()),
                    assessment.getAssessor().getDisplayName(),
                    assessment.getAssessorLevel() == null ? "—" : Labels.of("risk.level", assessment.getAssessorLevel()),
                    assessment.getEndorsedLevel() == null ? "—" : Labels.of("risk.level", assessment.getEndorsedLevel()))));
            if (assessment.getEndorsementReason() != null) {
                section.add(line("risk.endorsementReason", assessment.getEndorsementReason()));
            }
            if (!assessment.getPlan().isEmpty()) {
                section.add(line("risk.plan", assessment.getPlan().stream()
                        .map(item -> item.getMeasure() + " (" + item.getOwner()
                                + (item.getDue() == null ? "" : ", " + DateFormats.date(item.getDue())) + ")")
                        .collect(Collectors.joining("; "))));
            }
        }
        return section;
    }

    private Component consent(MaracCase maracCase) {
        Section section = section("case.consent");
        section.add(line("consent.aware", yesNo(maracCase.getVictimAware())));
        section.add(line("consent.consented", yesNo(maracCase.getVictimConsented())));
        if (Boolean.FALSE.equals(maracCase.getVictimConsented())) {
            section.add(line("consent.lawfulBasis", Labels.of("consent.basis", maracCase.getLawfulBasis())));
            section.add(line("consent.reason", maracCase.getSharingWithoutConsentReason()));
        }
        section.add(line("support.choice", Labels.of("support.choice", maracCase.getVictimSupportChoice())
                + (maracCase.getReferralModel() == null ? "" : " (" + Labels.of("area.referral", maracCase.getReferralModel()) + ")")));
        return section;
    }

    private Component timeline(MaracCase maracCase) {
        Section section = section("case.timeline");
        for (CaseEvent event : nominations.timeline(maracCase.getId())) {
            section.add(new Paragraph(DateFormats.dateTime(event.getCreatedAt()) + " — "
                    + Labels.of("case.status", event.getStatus()) + " — " + event.getMember().getDisplayName()
                    + (event.getNote() == null ? "" : ": " + event.getNote())));
        }
        return section;
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("case-section");
        return section;
    }

    private static Paragraph line(String labelKey, String value) {
        return LabelledLine.of(labelKey, value);
    }

    private String yesNo(Boolean value) {
        return value == null ? "—" : getTranslation(value ? "common.yes" : "common.no");
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
