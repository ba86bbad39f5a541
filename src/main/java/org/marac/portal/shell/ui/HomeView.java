package org.marac.portal.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.ui.CaseView;
import org.marac.portal.nomination.ui.CasesView;
import org.marac.portal.nomination.ui.ChairQueueView;
import org.marac.portal.nomination.ui.EndorsementView;
import org.marac.portal.nomination.ui.NominationView;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.scrutiny.RecommendationService;
import org.marac.portal.scrutiny.SelectionStatus;
import org.marac.portal.scrutiny.SummaryService;
import org.marac.portal.scrutiny.ui.ScrutinyNavigation;
import org.marac.portal.security.ui.MemberNavigation;

/** Each member's start page: who they are in the portal and what they can do next, by role. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home")
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(MemberService members, MaracAreaService areas, NominationService nominations, RiskAssessmentService risk,
            SummaryService summaries, RecommendationService recommendations) {
        addClassName("home");
        PortalUser user = PortalUser.require();
        add(new H1(getTranslation("home.welcome", user.getDisplayName())));
        add(accessSummary(user));
        if (user.hasRole(Role.ADMIN)) {
            add(awaitingAccess(members.awaitingAccess()));
        }
        add(nextSteps(user, nominations, risk, summaries, recommendations));
        if (user.hasRole(Role.CHAIR)) {
            add(areaSection("home.chair.title", "home.chair.none", areas.areasChairedBy(user.getMemberId())));
        }
        if (user.getAgencyId() != null && (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.SUPERVISOR)
                || user.hasRole(Role.AGENCY_LEAD))) {
            add(areaSection("home.agency.title", "home.agency.none", areas.areasWithMemberAgency(user.getAgencyId())));
        }
    }

    private Component accessSummary(PortalUser user) {
        Section section = new Section(new H2(getTranslation("home.access.title")));
        String roles = user.getRoles().stream().sorted()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
        section.add(new Paragraph(getTranslation("home.access.text",
                user.getAgencyName() == null ? "—" : user.getAgencyName(), roles)));
        return section;
    }

    /** The work waiting for this member, each with a link to where it is done. */
    private Component nextSteps(PortalUser user, NominationService nominations, RiskAssessmentService risk,
            SummaryService summaries, RecommendationService recommendations) {
        Section section = new Section(new H2(getTranslation("home.next.title")));
        section.setId("next-steps");
        UnorderedList steps = new UnorderedList();
        if (user.hasRole(Role.CHAIR)) {
            steps.add(new ListItem(new RouterLink(getTranslation("home.next.queue", nominations.chairQueueSize()),
                    ChairQueueView.class)));
        }
        if (user.hasRole(Role.SUPERVISOR)) {
            steps.add(new ListItem(new RouterLink(getTranslation("home.next.endorse", risk.awaitingEndorsement().size()),
                    EndorsementView.class)));
        }
        if (user.hasRole(Role.PRACTITIONER)) {
            steps.add(new ListItem(new RouterLink(getTranslation("home.next.nominate"), NominationView.class)));
        }
        if (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.AGENCY_LEAD)
                || user.hasRole(Role.CHAIR)) {
            steps.add(new ListItem(new RouterLink(getTranslation("home.next.cases"), CasesView.class)));
        }
        if (user.hasRole(Role.SCRUTINY_CHAIR) || user.hasRole(Role.SCRUTINY_MEMBER)) {
            steps.add(new ListItem(ScrutinyNavigation.reviews(getTranslation("home.next.scrutiny"))));
        }
        if (user.hasRole(Role.CHAIR) || user.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            long toWrite = summaries.tasks().stream()
                    .filter(task -> task.reviewCase().getStatus() == SelectionStatus.AWAITING_SUMMARY).count();
            steps.add(new ListItem(ScrutinyNavigation.summaries(getTranslation("home.next.scrutinySummaries", toWrite))));
        }
        if (user.hasRole(Role.AGENCY_LEAD)) {
            long toAnswer = recommendations.forMyAgency().stream()
                    .filter(r -> r.getResponse() == null && r.getClosedAt() == null).count();
            steps.add(new ListItem(ScrutinyNavigation.recommendations(
                    getTranslation("home.next.scrutinyRecommendations", toAnswer))));
        }
        if (steps.getChildren().findAny().isEmpty()) {
            section.setVisible(false);
        }
        section.add(steps);
        if (user.hasRole(Role.PRACTITIONER)) {
            // The nominator is told of the chair's decisions on their own nominations here.
            java.time.Instant since = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
            UnorderedList decided = new UnorderedList();
            nominations.decidedSince(since)
                    .forEach(c -> decided.add(new ListItem(new RouterLink(getTranslation("home.decided.line",
                            c.getReference(), Labels.of("case.status", c.getStatus())), CaseView.class,
                            new com.vaadin.flow.router.RouteParameters("caseId", String.valueOf(c.getId()))))));
            if (decided.getChildren().findAny().isPresent()) {
                section.add(new H2(getTranslation("home.decided.title")), decided);
            }
        }
        return section;
    }

    private Component awaitingAccess(List<Member> pending) {
        Section section = new Section(new H2(getTranslation("home.admin.pending.title")));
        section.setId("awaiting-access");
        if (pending.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.admin.pending.none")));
            return section;
        }
        Grid<Member> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(Member::getDisplayName).setHeader(getTranslation("member.name"));
        grid.addColumn(Member::getEmail).setHeader(getTranslation("member.email"));
        grid.addColumn(member -> DateFormats.dateTime(member.getCreatedAt())).setHeader(getTranslation("member.requested"));
        grid.addComponentColumn(member -> {
            Button grant = new Button(getTranslation("home.admin.grant"),
                    click -> MemberNavigation.openMember(member.getId()));
            grant.setAriaLabel(getTranslation("home.admin.grantFor", member.getDisplayName()));
            return grant;
        }).setKey("grant").setHeader(getTranslation("home.admin.grant"));
        grid.setItems(pending);
        section.add(new Paragraph(getTranslation("home.admin.pending.text", pending.size())), grid);
        return section;
    }

    private Component areaSection(String titleKey, String noneKey, List<MaracArea> areaList) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        if (areaList.isEmpty()) {
            section.add(new Paragraph(getTranslation(noneKey)));
            return section;
        }
        for (MaracArea area : areaList) {
            Paragraph line = new Paragraph();
            Span name = new Span(area.getName());
            name.addClassName("area-name");
            line.add(name, new Span(" — " + getTranslation("home.area.summary", area.getCadenceWeeks(),
                    area.getMemberAgencies().size(),
                    area.getChair() == null ? getTranslation("home.area.noChair") : area.getChair().getDisplayName())));
            section.add(line);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
