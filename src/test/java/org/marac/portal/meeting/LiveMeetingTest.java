package org.marac.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meeting as it runs, on the embedded MariaDB: the chair moves through the agenda, the chair or the
 * delegated minute-taker records outcomes and actions, attendees see the current case as their own access
 * allows, and a held meeting brings its cases back for review.
 */
@PortalTest
class LiveMeetingTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MeetingService meetings;
    @Autowired
    org.marac.portal.audit.ProcessingLog processingLog;
    @Autowired
    AgendaService agendas;
    @Autowired
    LiveMeetingService live;
    @Autowired
    NominationService nominations;
    @Autowired
    CaseInformationService information;
    @Autowired
    ActionService actions;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private AgendaItem item(Long meetingId, MaracCase maracCase) {
        signIn.as(demo.get("chair"));
        return agendas.agenda(meetingId).stream().filter(i -> i.getCaseId().equals(maracCase.getId())).findFirst().orElseThrow();
    }

    /** An outcome as the recording form fills it (a blank item: the test shares the entity's package). */
    private static AgendaItem outcome(String discussion, RiskLevel risk, String decisions, LocalDate reviewOn) {
        AgendaItem outcome = new AgendaItem();
        outcome.setDiscussion(discussion);
        outcome.setAgreedRisk(risk);
        outcome.setDecisions(decisions);
        outcome.setReviewOn(reviewOn);
        return outcome;
    }

    @Test
    void theChairRunsTheMeetingAndItsCasesComeBackForReviewWhenDue() {
        MaracArea area = fixtures.area("Review cycle");
        MaracCase withAction = fixtures.acceptedCase(area, "housing", "Uma", "Actioned");
        MaracCase reviewDue = fixtures.acceptedCase(area, "housing", "Vic", "Reviewdue");
        MaracCase reviewLater = fixtures.acceptedCase(area, "housing", "Wes", "Reviewlater");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));
        Meeting next = fixtures.occurrence(area, 1);
        LocalDate nextDay = next.getStartsAt().atZone(UK).toLocalDate();

        Meeting running = fixtures.started(meeting);
        assertThat(running.getStatus()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThat(running.getCurrentItemId()).isEqualTo(item(meeting.getId(), withAction).getId());
        CaseAction action = fixtures.policeAction(withAction.getId(), meeting.getId(), "Fit a panic alarm");
        AgendaItem first = item(meeting.getId(), withAction);
        live.recordOutcome(first.getId(), first.getVersion(), outcome("Threats continue", RiskLevel.HIGH,
                "Police to fit a panic alarm", null));

        live.moveTo(meeting.getId(), item(meeting.getId(), reviewDue).getId());
        AgendaItem second = item(meeting.getId(), reviewDue);
        live.recordOutcome(second.getId(), second.getVersion(), outcome("Stable", RiskLevel.MEDIUM, "Review", nextDay));
        assertThatThrownBy(() -> live.recordOutcome(second.getId(), second.getVersion(),
                outcome("Stale copy", RiskLevel.MEDIUM, null, null)))
                .as("a second save from the same stale copy").isInstanceOf(ObjectOptimisticLockingFailureException.class);

        live.moveTo(meeting.getId(), item(meeting.getId(), reviewLater).getId());
        AgendaItem third = item(meeting.getId(), reviewLater);
        assertThatThrownBy(() -> live.recordOutcome(third.getId(), third.getVersion(),
                outcome(null, null, null, meeting.getStartsAt().atZone(UK).toLocalDate())))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("live.review.afterMeeting");
        live.recordOutcome(third.getId(), third.getVersion(), outcome("Improving", RiskLevel.STANDARD, null, nextDay.plusDays(1)));

        live.conclude(meeting.getId(), meetings.find(meeting.getId()).getVersion());
        assertThat(meetings.find(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.CONCLUDED);
        assertThat(nominations.find(withAction.getId()).getStatus()).isEqualTo(CaseStatus.ACTIONS_OPEN);
        assertThat(nominations.find(reviewDue.getId()).getStatus()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(agendas.agenda(meeting.getId())).allMatch(AgendaItem::isDiscussed);
        assertThat(action.getMeetingId()).isEqualTo(meeting.getId());

        meetings.acceptConfidentiality(next.getId());
        agendas.build(next.getId(), meetings.find(next.getId()).getVersion());
        List<AgendaItem> nextAgenda = agendas.agenda(next.getId());
        assertThat(nextAgenda).extracting(AgendaItem::getCaseId).containsExactlyInAnyOrder(withAction.getId(), reviewDue.getId());
        assertThat(nextAgenda).allMatch(i -> i.getKind() == AgendaItemKind.REVIEW);
    }

    @Test
    void theDelegatedMinuteTakerRecordsAtTheRunningMeetingOnlyAndNobodyElseDoes() {
        MaracArea area = fixtures.area("Minute-taker");
        MaracCase listed = fixtures.acceptedCase(area, "housing", "Xan", "Listed");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));
        MaracCase ownButNotListed = fixtures.acceptedCase(area, "asb", "Yara", "Unlisted");
        signIn.as(demo.get("chair"));
        meetings.delegateMinutes(meeting.getId(), meetings.find(meeting.getId()).getVersion(), demo.get("asb").getId());

        signIn.as(demo.get("asb"));
        meetings.acceptConfidentiality(meeting.getId());
        assertThatThrownBy(() -> fixtures.policeAction(listed.getId(), meeting.getId(), "Before the meeting"))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.started(meeting);
        signIn.as(demo.get("asb"));
        AgendaItem current = live.state(meeting.getId()).current().orElseThrow().item();
        AgendaItem saved = live.recordOutcome(current.getId(), current.getVersion(),
                outcome("Recorded by the minute-taker", RiskLevel.HIGH, null, null));
        assertThat(saved.getDiscussion()).isEqualTo("Recorded by the minute-taker");
        assertThat(fixtures.policeAction(listed.getId(), meeting.getId(), "Set by the minute-taker").getCreatedBy().getId())
                .isEqualTo(demo.get("asb").getId());
        assertThatThrownBy(() -> fixtures.policeAction(ownButNotListed.getId(), meeting.getId(), "Not on this agenda"))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(demo.get("police"));
        meetings.acceptConfidentiality(meeting.getId());
        AgendaItem again = live.state(meeting.getId()).current().orElseThrow().item();
        assertThatThrownBy(() -> live.recordOutcome(again.getId(), again.getVersion(), outcome("Not mine", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.policeAction(listed.getId(), meeting.getId(), "Not delegated"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.moveTo(meeting.getId(), again.getId())).isInstanceOf(AccessDeniedException.class);

        signIn.as(demo.get("chair"));
        live.conclude(meeting.getId(), meetings.find(meeting.getId()).getVersion());
        signIn.as(demo.get("asb"));
        assertThatThrownBy(() -> fixtures.policeAction(listed.getId(), meeting.getId(), "After the meeting"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void attendeesSeeNothingBeforeAcceptingConfidentialityThenTheCaseAsTheirOwnAccessAllows() {
        MaracArea area = fixtures.area("Confidentiality");
        MaracCase listed = fixtures.acceptedCase(area, "housing", "Zed", "Confidential");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));

        signIn.as(demo.get("police"));
        assertThat(meetings.find(meeting.getId()).getId()).as("the meeting itself is visible").isEqualTo(meeting.getId());
        assertThatThrownBy(() -> agendas.agenda(meeting.getId())).isInstanceOf(ConfidentialityNotAcceptedException.class);
        assertThatThrownBy(() -> live.state(meeting.getId())).isInstanceOf(ConfidentialityNotAcceptedException.class);
        Attendee accepted = meetings.acceptConfidentiality(meeting.getId());
        assertThat(accepted.getConfidentialityAcceptedAt()).isNotNull();
        assertThat(agendas.agenda(meeting.getId())).extracting(AgendaItem::getCaseId).containsExactly(listed.getId());

        CaseInformation restricted = CaseInformation.blank();
        restricted.setFacts("Intelligence about the perpetrator's associates");
        restricted.setRestricted(true);
        information.record(listed.getId(), meeting.getId(), restricted);
        signIn.as(demo.get("housing"));
        CaseInformation open = CaseInformation.blank();
        open.setFacts("Two reports of damage to the door this month");
        information.record(listed.getId(), meeting.getId(), open);

        signIn.as(demo.get("chair"));
        AgendaService.Readiness readiness = agendas.readiness(meeting.getId());
        assertThat(readiness.researchedByCase().get(listed.getId())).containsExactlyInAnyOrder(
                demo.get("police").getAgency().getId(), demo.get("housing").getAgency().getId());
        fixtures.started(meeting);

        signIn.as(demo.get("police"));
        assertThat(live.state(meeting.getId()).current().orElseThrow().research()).extracting(CaseInformation::getFacts)
                .containsExactlyInAnyOrder(restricted.getFacts(), open.getFacts());
        signIn.as(demo.get("asb"));
        assertThatThrownBy(() -> live.state(meeting.getId())).isInstanceOf(ConfidentialityNotAcceptedException.class);
        meetings.acceptConfidentiality(meeting.getId());
        assertThat(live.state(meeting.getId()).current().orElseThrow().research()).extracting(CaseInformation::getFacts)
                .containsExactly(open.getFacts());
        signIn.as(demo.get("chair"));
        assertThat(live.state(meeting.getId()).current().orElseThrow().research()).extracting(CaseInformation::getFacts)
                .containsExactly(open.getFacts());

        signIn.as(demo.get("yos"));
        meetings.acceptConfidentiality(meeting.getId());
        live.join(meeting.getId());
        signIn.as(demo.get("chair"));
        assertThat(meetings.attendance(meeting.getId())).filteredOn(a -> a.getMember().getId().equals(demo.get("yos").getId()))
                .singleElement().satisfies(a -> {
                    assertThat(a.getStatus()).isEqualTo(AttendanceStatus.PRESENT);
                    assertThat(a.getConfidentialityAcceptedAt()).isBeforeOrEqualTo(a.getJoinedAt());
                });
        signIn.as(demo.get("scrutiny"));
        assertThatThrownBy(() -> meetings.find(meeting.getId())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void screensFollowingOneMoveShareOneReadYetEachConsultationIsLoggedAndTheNextChangeIsSeenAtOnce() {
        MaracArea area = fixtures.area("Shared read");
        MaracCase listed = fixtures.acceptedCase(area, "housing", "Yan", "Sharedread");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));
        for (String username : List.of("police", "housing")) {
            signIn.as(demo.get(username));
            meetings.acceptConfidentiality(meeting.getId());
        }
        fixtures.started(meeting);

        signIn.as(demo.get("police"));
        live.state(meeting.getId());
        signIn.as(demo.get("housing"));
        long before = consultations("housing", listed);
        assertThat(live.state(meeting.getId()).current().orElseThrow().maracCase().getId()).isEqualTo(listed.getId());
        assertThat(consultations("housing", listed)).as("housing's own read of the shared case is logged")
                .isGreaterThan(before);

        signIn.as(demo.get("chair"));
        AgendaItem item = item(meeting.getId(), listed);
        live.recordOutcome(item.getId(), item.getVersion(), outcome("Recorded after the first read", RiskLevel.HIGH,
                null, null));
        signIn.as(demo.get("housing"));
        assertThat(live.state(meeting.getId()).current().orElseThrow().item().getDiscussion())
                .isEqualTo("Recorded after the first read");
    }

    private long consultations(String username, MaracCase maracCase) {
        processingLog.awaitWritten();
        return jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = 'CONSULTATION'"
                + " AND member_id = ? AND subject_type = 'CASE' AND subject_id = ? AND detail LIKE 'live meeting%'",
                Long.class, demo.get(username).getId(), maracCase.getId());
    }
}
