package org.marac.portal.scrutiny;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.SignIn;
import org.springframework.stereotype.Component;

/** Closed cases, panels, members and drawn meetings for scrutiny tests, each made through the services. */
@Component
public class ScrutinyFixtures {

    private final Nominations builder;
    private final NominationService nominations;
    private final CaseClosureService closure;
    private final PanelService panels;
    private final ReviewMeetingService meetings;
    private final SummaryService summaries;
    private final MemberService members;
    private final MaracAreaService areas;
    private final SignIn signIn;
    private final DemoMembers demo;

    ScrutinyFixtures(Nominations builder, NominationService nominations, CaseClosureService closure, PanelService panels,
            ReviewMeetingService meetings, SummaryService summaries, MemberService members, MaracAreaService areas,
            SignIn signIn, DemoMembers demo) {
        this.builder = builder;
        this.nominations = nominations;
        this.closure = closure;
        this.panels = panels;
        this.meetings = meetings;
        this.summaries = summaries;
        this.members = members;
        this.areas = areas;
        this.signIn = signIn;
        this.demo = demo;
    }

    /** Only the closed cases with exactly this profile: tests give each scenario a profile of its own. */
    public static SampleFilter only(Strand strand, ClosureReason reason, CpsOutcome cps, RiskLevel finalRisk) {
        return new SampleFilter(Set.of(), Set.of(strand), null, null, Set.of(cps), Set.of(reason), Set.of(finalRisk),
                Set.of(), false);
    }

    /** A case housing nominated in Northshire North on professional judgement, accepted and closed by the area chair. */
    public MaracCase closedCase(String given, String family, Strand strand, ClosureReason reason, CpsOutcome cps,
            RiskLevel finalRisk) {
        MaracCase accepted = acceptedCase(given, family, strand);
        return closure.close(accepted.getId(), accepted.getVersion(),
                new CaseClosureService.Closure(reason, finalRisk, cps, reason == ClosureReason.OTHER ? "Closed for a test" : null));
    }

    /** An accepted, open case; leaves the area chair signed in. */
    public MaracCase acceptedCase(String given, String family, Strand strand) {
        signIn.as(demo.get("housing"));
        MaracCase draft = builder.completeDraft(given, family, LocalDate.of(1980, 1, 2), "NG8 2AA", 1);
        draft.getIncidents().forEach(incident -> {
            incident.setStrands(EnumSet.of(strand));
            if (strand == Strand.RELIGION) {
                incident.setReligion("Buddhism");
            }
        });
        draft.setProfessionalJudgement(true);
        draft.setProfessionalJudgementReason("Threats are escalating quickly");
        MaracCase submitted = nominations.submit(draft);
        signIn.as(demo.get("chair"));
        return nominations.accept(submitted.getId(), nominations.find(submitted.getId()).getVersion());
    }

    /** A new active member of the Northshire Scrutiny Panel's agency with these roles. */
    public Member newMember(String name, Role... roles) {
        Member member = new Member(demo.issuer(), "test-" + UUID.randomUUID(), name, null);
        member.setAgency(demo.get("scrutiny").getAgency());
        member.setRoles(Set.of(roles));
        member.setStatus(MemberStatus.ACTIVE);
        signIn.as(demo.get("admin"));
        return members.save(member);
    }

    /** A panel over every area, set up by the portal administrator; nobody has accepted its agreement yet. */
    public ScrutinyPanel panel(String name, Member chair, Member... others) {
        signIn.as(demo.get("admin"));
        ScrutinyPanel panel = new ScrutinyPanel(name + " " + UUID.randomUUID().toString().substring(0, 8));
        panel.setAreas(new LinkedHashSet<>(areas.findAll()));
        panel.setChair(chair);
        panel.setMembers(new LinkedHashSet<>(List.of(others)));
        panel.setTermsOfReference("Review closed cases.");
        panel.setAgreementText("I will keep everything confidential.");
        return panels.save(panel);
    }

    /** The panel as the portal administrator sees it now. */
    public ScrutinyPanel panelNamed(String name) {
        signIn.as(demo.get("admin"));
        return panels.findAll().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The portal administrator saves the panel. */
    public ScrutinyPanel save(ScrutinyPanel panel) {
        signIn.as(demo.get("admin"));
        return panels.save(panel);
    }

    /** The member accepts the version of the panel's agreement they were shown. */
    public PanelMembership acceptAs(Member member, ScrutinyPanel panel, int versionShown) {
        signIn.as(member);
        return panels.acceptAgreement(panel.getId(), versionShown);
    }

    /** Each member accepts the panel's current agreement. */
    public void accept(ScrutinyPanel panel, Member... accepting) {
        for (Member member : accepting) {
            signIn.as(member);
            panels.acceptAgreement(panel.getId(), panel.getAgreementVersion());
        }
    }

    /** The panel's chair plans a meeting and draws it; leaves the chair signed in. */
    public ReviewMeeting drawn(ScrutinyPanel panel, SampleFilter filter, int size, String seed) {
        signIn.as(panel.getChair());
        ReviewMeeting meeting = ReviewMeeting.blank();
        meeting.setMeetingDate(LocalDate.now().plusDays(7));
        meeting.setTheme("Test theme");
        meeting = meetings.plan(panel.getId(), meeting);
        return meetings.draw(meeting.getId(), meeting.getVersion(), filter, size, seed);
    }

    /** The meeting's selected case for this closed case, as its chair sees it. */
    public ReviewCase selected(ReviewMeeting meeting, Long caseId) {
        signIn.as(meeting.getPanel().getChair());
        return meetings.selection(meeting.getId()).stream().map(ReviewMeetingService.SelectedCase::reviewCase)
                .filter(rc -> rc.getCaseId().equals(caseId) && rc.getStatus().isSelected()).findFirst().orElseThrow();
    }

    /** The area chair releases a harmless summary of the selected case. */
    public ReviewCase release(ReviewMeeting meeting, Long caseId) {
        ReviewCase reviewCase = selected(meeting, caseId);
        signIn.as(demo.get("chair"));
        return summaries.release(reviewCase.getId(), reviewCase.getVersion(),
                "The victim was abused repeatedly. Agencies acted and the risk reduced.");
    }
}
