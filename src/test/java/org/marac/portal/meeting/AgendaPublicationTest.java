package org.marac.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.CaseListFilter;
import org.marac.portal.nomination.CaseListRow;
import org.marac.portal.notification.MemberNotice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Publishing an agenda on the embedded MariaDB: each listed case is shared with exactly the invited agencies,
 * and every way of taking that back (an item removed, an agency withdrawn, the meeting cancelled) ends exactly
 * that access and no other. Bad input and two chairs at once are refused with a reason.
 */
@PortalTest
@RecordApplicationEvents
class AgendaPublicationTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    NominationService nominations;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private boolean sees(String username, MaracCase maracCase) {
        signIn.as(demo.get(username));
        try {
            nominations.find(maracCase.getId());
            boolean listed = nominations.visibleCases(byReference(maracCase), 0, 50).stream().anyMatch(c -> c.id().equals(maracCase.getId()));
            assertThat(listed).as("%s's case list agrees with the single read", username).isTrue();
            return true;
        } catch (CaseNotFoundException notVisible) {
            assertThat(nominations.visibleCases(byReference(maracCase), 0, 50)).extracting(CaseListRow::id).doesNotContain(maracCase.getId());
            return false;
        }
    }

    private static CaseListFilter byReference(MaracCase maracCase) {
        return new CaseListFilter(Set.of(), maracCase.getReference());
    }

    private long version(Meeting meeting) {
        signIn.as(demo.get("chair"));
        return meetings.find(meeting.getId()).getVersion();
    }

    private AgendaItem itemOf(Meeting meeting, MaracCase maracCase) {
        signIn.as(demo.get("chair"));
        return agendas.agenda(meeting.getId()).stream().filter(i -> i.getCaseId().equals(maracCase.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void publicationSharesEachCaseWithExactlyTheInvitedAgenciesAndEachWithdrawalEndsExactlyItsShares() {
        MaracArea area = fixtures.area("Publication");
        MaracCase first = fixtures.acceptedCase(area, "housing", "Olu", "Published");
        MaracCase second = fixtures.acceptedCase(area, "housing", "Pam", "Withdrawn");
        Meeting meeting = fixtures.occurrence(area, 0);
        Long youthOffending = fixtures.agency("Northshire Youth Offending Service").getId();
        Long victimSupport = fixtures.agency("Victim Support Northshire").getId();
        signIn.as(demo.get("chair"));
        meetings.uninviteAgency(meeting.getId(), version(meeting), youthOffending);
        meetings.uninviteAgency(meeting.getId(), version(meeting), victimSupport);
        assertThat(sees("police", first)).as("before publication").isFalse();

        Meeting published = fixtures.published(meeting);
        signIn.as(demo.get("chair"));
        assertThat(agendas.agenda(meeting.getId())).extracting(AgendaItem::getCaseId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(published.getStatus()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        assertThat(nominations.find(first.getId()).getStatus()).isEqualTo(CaseStatus.LISTED);

        assertThat(sees("police", first)).isTrue();
        assertThat(sees("police-lead", second)).isTrue();
        assertThat(sees("asb", first)).as("community safety is invited").isTrue();
        assertThat(sees("yos", first)).as("youth offending was withdrawn before publication").isFalse();
        assertThat(sees("victim-support", first)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = 'DISCLOSURE'"
                + " AND subject_type = 'CASE' AND subject_id = ? AND recipient_agency_id = ?", Long.class,
                first.getId(), demo.get("police").getAgency().getId())).isEqualTo(1);

        // Removing one item ends the shares of that item only.
        AgendaItem secondItem = itemOf(meeting, second);
        agendas.removeItem(meeting.getId(), version(meeting), secondItem.getId(), "Victim moved out of the area");
        assertThat(sees("police", second)).isFalse();
        assertThat(sees("asb", second)).isFalse();
        assertThat(sees("police", first)).isTrue();
        assertThat(sees("housing", second)).as("the nominating agency keeps its own case").isTrue();
        signIn.as(demo.get("chair"));
        assertThat(agendas.removedItems(meeting.getId())).extracting(AgendaItem::getRemovedReason)
                .containsExactly("Victim moved out of the area");

        // An agency invited after publication gets every listed case at once; one withdrawn loses them.
        meetings.inviteAgency(meeting.getId(), version(meeting), victimSupport);
        assertThat(sees("victim-support", first)).isTrue();
        assertThat(sees("victim-support", second)).as("the removed item stays withdrawn").isFalse();
        signIn.as(demo.get("chair"));
        meetings.uninviteAgency(meeting.getId(), version(meeting), demo.get("police").getAgency().getId());
        assertThat(sees("police", first)).isFalse();
        assertThat(sees("asb", first)).isTrue();

        // Cancelling the meeting ends what its agenda gave; the case becomes due for the next agenda.
        signIn.as(demo.get("chair"));
        meetings.cancel(meeting.getId(), version(meeting), "The venue flooded");
        assertThat(sees("asb", first)).isFalse();
        assertThat(sees("victim-support", first)).isFalse();
        assertThat(sees("housing", first)).isTrue();
        Meeting next = fixtures.occurrence(area, 1);
        signIn.as(demo.get("chair"));
        meetings.acceptConfidentiality(next.getId());
        assertThat(agendas.build(next.getId(), version(next))).isEqualTo(2);
        assertThat(agendas.agenda(next.getId())).extracting(AgendaItem::getCaseId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_share WHERE source = 'MEETING_AGENDA'"
                + " AND case_id IN (?, ?) AND ended_at IS NULL", Long.class, first.getId(), second.getId())).isZero();
    }

    @Test
    void badInputIsRefusedWithAReasonBesideTheField() {
        MaracArea area = fixtures.area("Refusals");
        Meeting meeting = fixtures.occurrence(area, 0);
        signIn.as(demo.get("chair"));
        meetings.acceptConfidentiality(meeting.getId());

        assertThatThrownBy(() -> agendas.publish(meeting.getId(), version(meeting)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("agenda.publish.empty");
        assertThatThrownBy(() -> meetings.move(meeting.getId(), version(meeting),
                LocalDateTime.now().minusDays(1), null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("meeting.inPast");
        assertThatThrownBy(() -> meetings.move(meeting.getId(), version(meeting),
                LocalDateTime.now().plusDays(20), null, "http://insecure.example.org"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("meeting.link.https");
        assertThatThrownBy(() -> meetings.cancel(meeting.getId(), version(meeting), "  "))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("cancelReason");

        MaracCase elsewhere = fixtures.acceptedCase(fixtures.area("Elsewhere"), "police", "Quinn", "Elsewhere");
        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> agendas.addCase(meeting.getId(), version(meeting), elsewhere.getReference(), "Urgent"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("agenda.add.notFound");
        MaracCase here = fixtures.acceptedCase(area, "police", "Rhea", "Here");
        assertThatThrownBy(() -> agendas.addCase(meeting.getId(), version(meeting), here.getReference(), ""))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("addedReason");
        AgendaItem added = agendas.addCase(meeting.getId(), version(meeting), here.getReference().toLowerCase(), "Urgent escalation");
        assertThat(added.getKind()).isEqualTo(AgendaItemKind.NEW);
        assertThatThrownBy(() -> agendas.addCase(meeting.getId(), version(meeting), here.getReference(), "Again"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("agenda.add.already");
        assertThatThrownBy(() -> agendas.setSlot(meeting.getId(), version(meeting), added.getId(), 90))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("agenda.slot.range");
        assertThatThrownBy(() -> agendas.removeItem(meeting.getId(), version(meeting), added.getId(), null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("removedReason");

        // The meeting's day passes before the agenda is published.
        jdbc.update("UPDATE meeting SET starts_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS)), meeting.getId());
        assertThatThrownBy(() -> agendas.publish(meeting.getId(), version(meeting)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("agenda.publish.past");
        assertThat(sees("police-lead", here)).as("the nominating agency").isTrue();
        assertThat(sees("housing", here)).as("nothing was shared").isFalse();
        assertThat(sees("yos", here)).as("nothing was shared").isFalse();
    }

    @Test
    void twoChairsEditingOneAgendaCannotOverwriteEachOtherAndNothingIsLost() {
        MaracArea area = fixtures.area("Two chairs");
        MaracCase first = fixtures.acceptedCase(area, "housing", "Sol", "First");
        MaracCase second = fixtures.acceptedCase(area, "police", "Tia", "Second");
        Meeting meeting = fixtures.occurrence(area, 0);
        signIn.as(demo.get("chair"));
        meetings.acceptConfidentiality(meeting.getId());
        agendas.build(meeting.getId(), version(meeting));
        List<AgendaItem> built = agendas.agenda(meeting.getId());
        long bothSaw = version(meeting);

        // One chair moves the second case to the top...
        AgendaItem last = built.getLast();
        agendas.moveItem(meeting.getId(), bothSaw, last.getId(), 1);
        // ...the other, still looking at the agenda as it was, changes a slot: refused, not overwritten.
        AgendaItem firstShown = built.getFirst();
        assertThatThrownBy(() -> agendas.setSlot(meeting.getId(), bothSaw, firstShown.getId(), 20))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> agendas.publish(meeting.getId(), bothSaw))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        List<AgendaItem> now = agendas.agenda(meeting.getId());
        assertThat(now.getFirst().getId()).as("the first chair's change stands").isEqualTo(last.getId());
        assertThat(now).allMatch(item -> item.getSlotMinutes() == MeetingSeries.DEFAULT_SLOT_MINUTES);
        assertThat(now).extracting(AgendaItem::getCaseId).containsExactlyInAnyOrder(first.getId(), second.getId());

        // Reloaded, the second chair's change goes through.
        agendas.setSlot(meeting.getId(), version(meeting), firstShown.getId(), 20);
        assertThat(agendas.agenda(meeting.getId())).filteredOn(i -> i.getId().equals(firstShown.getId()))
                .extracting(AgendaItem::getSlotMinutes).containsExactly(20);
    }

    @Test
    void attendeesAreToldOfPublicationMovesAndCancellationThroughEventsThatCarryNothingAboutTheVictim() {
        MaracArea area = fixtures.area("Events");
        fixtures.acceptedCase(area, "housing", "Ada", "Evented");
        Meeting meeting = fixtures.occurrence(area, 0);
        signIn.as(demo.get("chair"));
        meetings.inviteMember(meeting.getId(), demo.get("police").getId());
        fixtures.published(meeting);

        AgendaPublished published = events.stream(AgendaPublished.class)
                .filter(e -> e.meetingId().equals(meeting.getId())).findFirst().orElseThrow();
        assertThat(published.areaId()).isEqualTo(area.getId());
        assertThat(published.startsAt()).isEqualTo(meeting.getStartsAt());
        assertThat(published.memberIds()).containsExactlyInAnyOrder(demo.get("chair").getId(), demo.get("police").getId());
        assertThat(published.agencyIds()).containsExactlyInAnyOrderElementsOf(area.getMemberAgencies().stream()
                .map(org.marac.portal.partner.Agency::getId).toList());

        signIn.as(demo.get("chair"));
        LocalDateTime later = LocalDateTime.now().plusDays(30).withHour(14).withMinute(0).withSecond(0).withNano(0);
        Meeting moved = meetings.move(meeting.getId(), version(meeting), later, "Police HQ", null);
        MeetingRescheduled rescheduled = events.stream(MeetingRescheduled.class)
                .filter(e -> e.meetingId().equals(meeting.getId())).findFirst().orElseThrow();
        assertThat(rescheduled.previousStartsAt()).isEqualTo(meeting.getStartsAt());
        assertThat(rescheduled.startsAt()).isEqualTo(moved.getStartsAt());
        assertThat(moved.isMoved()).isTrue();
        assertThat(moved.getVenue()).isEqualTo("Police HQ");

        meetings.cancel(meeting.getId(), version(meeting), "Chair unwell");
        MeetingCancelled cancelled = events.stream(MeetingCancelled.class)
                .filter(e -> e.meetingId().equals(meeting.getId())).findFirst().orElseThrow();
        assertThat(cancelled.memberIds()).contains(demo.get("police").getId());
        assertThat(cancelled.toString()).doesNotContain("Ada", "Evented", "Chair unwell");

        // Each event reached the invited police practitioner in the portal and by email, linking to the
        // meeting and naming no one.
        signIn.as(demo.get("police"));
        assertThat(notifications.myNotices()).filteredOn(n -> n.getLink().equals("meetings/" + meeting.getId()))
                .extracting(MemberNotice::getKind).containsExactlyInAnyOrder(NotificationKind.AGENDA_PUBLISHED,
                        NotificationKind.MEETING_MOVED, NotificationKind.MEETING_CANCELLED);
        List<String> emails = jdbc.queryForList("SELECT CONCAT(subject, ' ', body) FROM email_outbox"
                + " WHERE member_id = ? AND link LIKE ?", String.class, demo.get("police").getId(),
                "%meetings/" + meeting.getId());
        assertThat(emails).hasSize(3).allSatisfy(email -> assertThat(email)
                .doesNotContain("Ada", "Evented", "Chair unwell", "Police HQ"));
    }
}
