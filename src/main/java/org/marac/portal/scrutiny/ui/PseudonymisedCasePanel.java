package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marac.portal.action.ActionFacts;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.PseudonymisedCase;

/**
 * A closed case as the panel sees it: facts by role and by day, no identity, no free text. Used on the
 * panel's case page and on the preparer's page ("what the panel will see").
 */
class PseudonymisedCasePanel extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    PseudonymisedCasePanel(PseudonymisedCase facts, List<ActionFacts> actions) {
        addClassName("pseudonymised-case");
        add(overview(facts), people(facts), incidents(facts), assessments(facts), actions(actions), timeline(facts));
    }

    /** "Victim", "Perpetrator 1": how the panel knows each person. */
    static String partyLabel(Component component, PartyRole role, int number) {
        String name = component.getTranslation("party.role." + role.name());
        return number == 0 ? name : name + " " + number;
    }

    static String day(Component component, Integer day) {
        return day == null ? "—" : component.getTranslation("scrutiny.day", day);
    }

    private Component overview(PseudonymisedCase facts) {
        Section section = section("scrutiny.case.overview");
        Div lines = facts();
        section.add(lines);
        lines.add(line("case.area", facts.area()),
                line("scrutiny.case.nominatedBy", facts.nominatingAgency()),
                line("scrutiny.case.nominatedIn", month(facts.nominatedIn())),
                line("scrutiny.case.decided", day(this, facts.decidedOnDay())),
                line("scrutiny.case.closed", facts.closedIn() == null ? null
                        : getTranslation("scrutiny.case.closedOn", month(facts.closedIn()), day(this, facts.closedOnDay()))),
                line("scrutiny.case.route", Labels.of("scrutiny.route", facts.eligibilityRoute())),
                line("scrutiny.case.repeat", yesNo(facts.repeatCase())),
                line("scrutiny.case.professionalJudgement", yesNo(facts.professionalJudgement())),
                line("case.endorsedRisk", Labels.of("risk.level", facts.endorsedRisk())),
                line("closure.finalRisk", Labels.of("risk.level", facts.finalRisk())),
                line("closure.reason", Labels.of("closure.reason", facts.closureReason())),
                line("scrutiny.case.cps", Labels.of("closure.cps", facts.cpsOutcome())),
                line("consent.aware", yesNo(facts.victimAware())),
                line("consent.consented", yesNo(facts.victimConsented())),
                line("consent.lawfulBasis", Labels.of("consent.basis", facts.lawfulBasis())),
                line("support.choice", Labels.of("support.choice", facts.victimSupportChoice())),
                line("area.referral", Labels.of("area.referral", facts.referralModel())),
                line("scrutiny.case.children", yesNo(facts.childrenInHousehold())),
                line("scrutiny.case.sharingAgencies", String.valueOf(facts.agenciesSharingInformation())));
        return section;
    }

    private Component people(PseudonymisedCase facts) {
        Section section = section("case.people");
        for (PseudonymisedCase.Party party : facts.people()) {
            section.add(new H3(partyLabel(this, party.role(), party.number())));
            Div lines = facts();
            section.add(lines);
            lines.add(line("person.ageBand", party.ageBand() == null ? getTranslation("scrutiny.notKnown")
                    : Labels.of("age", party.ageBand())));
            lines.add(line("scrutiny.person.interpreter", yesNo(party.interpreterNeeded())));
            lines.add(line("scrutiny.person.formats", party.accessibleFormats().isEmpty() ? getTranslation("scrutiny.none")
                    : party.accessibleFormats().stream().sorted().map(f -> Labels.of("format", f)).collect(Collectors.joining(", "))));
            lines.add(line("scrutiny.person.letterSafe", Labels.of("safe", party.letterSafe())));
            lines.add(line("scrutiny.person.phoneSafe", Labels.of("safe", party.phoneSafe())));
            lines.add(line("scrutiny.person.pronouns", yesNo(party.pronounsRecorded())));
            lines.add(line("scrutiny.person.safeContact", yesNo(party.safeContactRecorded())));
            PseudonymisedCase.EqualityMonitoring equality = party.equalityMonitoring();
            lines.add(line("scrutiny.person.equality", Stream.of(
                            getTranslation("scrutiny.equality.genderIdentity") + ": " + Labels.of("disclosure", equality.genderIdentity()),
                            getTranslation("scrutiny.equality.ethnicity") + ": " + Labels.of("disclosure", equality.ethnicity()),
                            getTranslation("scrutiny.equality.religion") + ": " + Labels.of("disclosure", equality.religion()),
                            getTranslation("scrutiny.equality.sexualOrientation") + ": " + Labels.of("disclosure", equality.sexualOrientation()),
                            getTranslation("scrutiny.equality.disability") + ": " + Labels.of("disclosure", equality.disability()))
                    .collect(Collectors.joining("; "))));
        }
        return section;
    }

    private Component incidents(PseudonymisedCase facts) {
        Section section = section("case.incidents");
        Grid<PseudonymisedCase.IncidentFacts> grid = new Grid<>();
        grid.addColumn(i -> getTranslation("scrutiny.incident", i.number())).setHeader(getTranslation("scrutiny.incident.header")).setAutoWidth(true);
        grid.addColumn(i -> day(this, i.onDay())).setHeader(getTranslation("scrutiny.when")).setAutoWidth(true);
        grid.addColumn(i -> Labels.of("incident.kind", i.kind())).setHeader(getTranslation("incident.kind")).setAutoWidth(true);
        grid.addColumn(i -> Stream.concat(Stream.concat(i.strands().stream().sorted().map(s -> Labels.of("strand", s)),
                        i.localStrands().stream()), i.cyberEnabled() ? Stream.of(getTranslation("incident.cyber")) : Stream.empty())
                .collect(Collectors.joining(", "))).setHeader(getTranslation("incident.flags")).setFlexGrow(2);
        grid.addColumn(i -> Labels.of("incident.perceivedBy", i.perceivedBy())).setHeader(getTranslation("incident.perceivedBy"));
        grid.addColumn(i -> Labels.of("incident.route", i.reportingRoute())).setHeader(getTranslation("incident.route"));
        grid.addColumn(i -> yesNo(i.victimWordsRecorded())).setHeader(getTranslation("scrutiny.incident.victimWords"));
        grid.addColumn(i -> yesNo(i.crimeReferenceRecorded())).setHeader(getTranslation("scrutiny.incident.crimeReference"));
        grid.setItems(facts.incidents());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("case.incidents"));
        section.add(grid);
        return section;
    }

    private Component assessments(PseudonymisedCase facts) {
        Section section = section("scrutiny.case.risk");
        if (facts.assessments().isEmpty()) {
            section.add(new Paragraph(getTranslation("scrutiny.case.noRisk")));
            return section;
        }
        Grid<PseudonymisedCase.AssessmentFacts> grid = new Grid<>();
        grid.addColumn(PseudonymisedCase.AssessmentFacts::number).setHeader(getTranslation("scrutiny.risk.version")).setAutoWidth(true);
        grid.addColumn(a -> Labels.of("risk.status", a.status())).setHeader(getTranslation("case.status")).setAutoWidth(true);
        grid.addColumn(a -> day(this, a.sentOnDay())).setHeader(getTranslation("risk.sentAt")).setAutoWidth(true);
        grid.addColumn(a -> day(this, a.endorsedOnDay())).setHeader(getTranslation("scrutiny.risk.endorsedOn")).setAutoWidth(true);
        grid.addColumn(a -> Labels.of("risk.level", a.assessorLevel())).setHeader(getTranslation("risk.assessorLevel"));
        grid.addColumn(a -> Labels.of("risk.level", a.endorsedLevel())).setHeader(getTranslation("risk.endorsedLevel"));
        grid.addColumn(a -> getTranslation("risk.diagnosticsSummary", Labels.of("risk.rating", a.currentHarm()),
                Labels.of("risk.rating", a.repeatVictimisation()), Labels.of("risk.rating", a.communityCohesion()),
                Labels.of("risk.rating", a.agencyConfidence()))).setHeader(getTranslation("risk.diagnostics")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("scrutiny.risk.answers", a.answeredYes(), a.answeredNo(), a.answeredDontKnow(),
                a.questions())).setHeader(getTranslation("scrutiny.risk.answersHeader")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("scrutiny.risk.plan", a.planMeasures(), yesNo(a.rationaleRecorded())))
                .setHeader(getTranslation("risk.plan")).setFlexGrow(2);
        grid.setItems(facts.assessments());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("scrutiny.case.risk"));
        section.add(grid);
        return section;
    }

    private Component actions(List<ActionFacts> actions) {
        Section section = section("caseAction.plan");
        if (actions.isEmpty()) {
            section.add(new Paragraph(getTranslation("caseAction.none")));
            return section;
        }
        Grid<ActionFacts> grid = new Grid<>();
        grid.addColumn(ActionFacts::number).setHeader("#").setAutoWidth(true);
        grid.addColumn(ActionFacts::ownerAgency).setHeader(getTranslation("caseAction.ownerAgency")).setFlexGrow(2);
        grid.addColumn(a -> Labels.of("caseAction.priority", a.priority())).setHeader(getTranslation("caseAction.priority"));
        grid.addColumn(a -> Labels.of("caseAction.status", a.status())).setHeader(getTranslation("caseAction.status"));
        grid.addColumn(a -> day(this, a.setOnDay())).setHeader(getTranslation("scrutiny.action.set"));
        grid.addColumn(a -> day(this, a.dueOnDay())).setHeader(getTranslation("caseAction.due"));
        grid.addColumn(a -> a.finishedOnDay() == null ? "—" : day(this, a.finishedOnDay())
                + (a.finishedLate() ? " (" + getTranslation("scrutiny.action.late") + ")" : ""))
                .setHeader(getTranslation("scrutiny.action.finished"));
        grid.setItems(actions);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("caseAction.plan"));
        section.add(grid);
        return section;
    }

    private Component timeline(PseudonymisedCase facts) {
        Section section = section("scrutiny.case.timeline");
        UnorderedList steps = new UnorderedList();
        facts.timeline().forEach(step -> steps.add(new ListItem(day(this, step.onDay()) + ": "
                + Labels.of("case.status", step.status()))));
        section.add(steps);
        return section;
    }

    private static Div facts() {
        Div lines = new Div();
        lines.addClassName("facts");
        return lines;
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("case-section");
        return section;
    }

    private static Component line(String labelKey, String value) {
        return LabelledLine.of(labelKey, value);
    }

    private String yesNo(Boolean value) {
        return value == null ? getTranslation("scrutiny.notRecorded") : getTranslation(value ? "scrutiny.yes" : "scrutiny.no");
    }

    private static String month(YearMonth month) {
        return month == null ? null : MONTH.format(month);
    }
}
