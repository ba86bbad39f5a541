package org.marac.portal.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.SignIn;
import org.springframework.stereotype.Component;

/**
 * Meetings for tests, each in an area of its own: an agenda is built from every case due in its area, so
 * tests sharing the database must not share an area. The demo chair chairs every such area.
 */
@Component
public class MeetingFixtures {

    /** The agencies of a test area: everyone the demo members work for except the scrutiny panel. */
    public static final Set<String> AREA_AGENCIES = Set.of("Northshire Police", "Northshire Council Community Safety",
            "Northshire Homes", "Northshire Youth Offending Service", "Victim Support Northshire");

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final LiveMeetingService live;
    private final NominationService nominations;
    private final ActionService actions;
    private final MaracAreaService areas;
    private final AgencyService agencies;
    private final Nominations builder;
    private final SignIn signIn;
    private final DemoMembers demo;

    MeetingFixtures(MeetingService meetings, AgendaService agendas, LiveMeetingService live, NominationService nominations,
            ActionService actions, MaracAreaService areas, AgencyService agencies, Nominations builder, SignIn signIn,
            DemoMembers demo) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.live = live;
        this.nominations = nominations;
        this.actions = actions;
        this.areas = areas;
        this.agencies = agencies;
        this.builder = builder;
        this.signIn = signIn;
        this.demo = demo;
    }

    /** A new area chaired by the demo chair, with the partnership's agencies and a series (first meeting in a week). */
    public MaracArea area(String prefix) {
        signIn.as(demo.get("admin"));
        MaracArea area = new MaracArea(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
        area.setChair(demo.get("chair"));
        area.setMemberAgencies(agencies.findAll().stream().filter(a -> AREA_AGENCIES.contains(a.getName()))
                .collect(Collectors.toSet()));
        MaracArea saved = areas.save(area);
        signIn.as(demo.get("chair"));
        MeetingSeries series = meetings.seriesOf(saved.getId());
        series.setFirstMeetingOn(LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(1));
        series.setVenue("Town Hall");
        meetings.saveSeries(series);
        return saved;
    }

    /** A case nominated by {@code nominator} in the area on professional judgement and accepted by the chair; the chair is signed in after. */
    public MaracCase acceptedCase(MaracArea area, String nominator, String given, String family) {
        signIn.as(demo.get(nominator));
        MaracCase draft = builder.completeDraft(given, family, LocalDate.of(1985, 6, 1), "NG7 1AA", 1);
        draft.setArea(area);
        draft.setProfessionalJudgement(true);
        draft.setProfessionalJudgementReason("Threats are escalating");
        MaracCase submitted = nominations.submit(draft);
        signIn.as(demo.get("chair"));
        return nominations.accept(submitted.getId(), nominations.find(submitted.getId()).getVersion());
    }

    /** The series' next occurrence ({@code index} 0 is the first), planned if need be; the chair is signed in. */
    public Meeting occurrence(MaracArea area, int index) {
        signIn.as(demo.get("chair"));
        List<Meeting> planned = meetings.planAhead(area.getId(), index + 1);
        return planned.get(index);
    }

    /** The chair accepts the confidentiality statement, builds the agenda and publishes it. */
    public Meeting published(Meeting meeting) {
        signIn.as(demo.get("chair"));
        meetings.acceptConfidentiality(meeting.getId());
        agendas.build(meeting.getId(), meetings.find(meeting.getId()).getVersion());
        return agendas.publish(meeting.getId(), meetings.find(meeting.getId()).getVersion());
    }

    public Meeting started(Meeting meeting) {
        signIn.as(demo.get("chair"));
        return live.start(meeting.getId(), meetings.find(meeting.getId()).getVersion());
    }

    public Agency agency(String name) {
        signIn.as(demo.get("admin"));
        return agencies.findAll().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    /** An action owned by the police, set by whoever is signed in, at the given meeting (or none). */
    public CaseAction policeAction(Long caseId, Long meetingId, String description) {
        CaseAction action = CaseAction.blank();
        action.setDescription(description);
        action.setOwnerAgency(demo.get("police").getAgency());
        action.setDueDate(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14));
        return actions.create(caseId, meetingId, action);
    }
}
