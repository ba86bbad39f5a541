package org.marac.portal.meeting;

import org.marac.portal.partner.CaseRoles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.meeting.internal.AgendaItemRepository;
import org.marac.portal.meeting.internal.AttendeeRepository;
import org.marac.portal.meeting.internal.LiveMeetingChanged;
import org.marac.portal.meeting.internal.LiveSnapshots;
import org.marac.portal.meeting.internal.MeetingAccess;
import org.marac.portal.meeting.internal.MeetingNotices;
import org.marac.portal.meeting.internal.MeetingRepository;
import org.marac.portal.meeting.internal.ReadOnlyEntities;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The meeting as it runs: the chair starts it and moves through the agenda; the chair or the delegated
 * minute-taker records the discussion, agreed risk, decisions and review date of each case; every attendee
 * reads the same state, the current case as their own access allows it (restricted research only to its
 * agency). The state lives in the database, so a screen that reconnects finds the current case.
 */
@Service
@Validated
@Transactional
public class LiveMeetingService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AttendeeRepository attendees;
    private final MeetingAccess access;
    private final MeetingNotices notices;
    private final NominationService nominations;
    private final CaseInformationService information;
    private final ActionService actions;
    private final MemberService members;
    private final ProcessingLog log;
    private final LiveSnapshots snapshots;
    private final CaseAccessPolicy policy;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    LiveMeetingService(MeetingRepository meetings, AgendaItemRepository items, AttendeeRepository attendees,
            MeetingAccess access, MeetingNotices notices, NominationService nominations,
            CaseInformationService information, ActionService actions, MemberService members, ProcessingLog log,
            LiveSnapshots snapshots, CaseAccessPolicy policy, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.access = access;
        this.notices = notices;
        this.nominations = nominations;
        this.information = information;
        this.actions = actions;
        this.members = members;
        this.log = log;
        this.snapshots = snapshots;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Everything a screen of the live meeting shows, as the acting member may see it. {@code current} is
     * empty before the meeting starts, after it ends, and between cases.
     */
    public record LiveState(Meeting meeting, List<AgendaEntry> agenda, Optional<CurrentCase> current, boolean chair,
            boolean mayRecord, long secondsOnCurrent) {

        /** The current case's place on the agenda, from 1; 0 when there is none. */
        public int position() {
            return current.map(c -> agenda.stream().map(AgendaEntry::itemId).toList().indexOf(c.item().getId()) + 1).orElse(0);
        }
    }

    /** The case under discussion: the case, its research for this meeting, its actions, and its agenda item. */
    public record CurrentCase(AgendaItem item, MaracCase maracCase, List<CaseInformation> research,
            List<CaseAction> openActions, List<CaseAction> agreedHere) {
    }

    /**
     * The live meeting as the acting member sees it now, the current case's consultation logged. Every
     * screen of a meeting asks at once when the chair moves on: the meeting, agenda, case and actions are
     * read once for all of them (research once per agency), and each screen checks its own member against
     * that read (invitation and confidentiality, and the sharing policy once per {@link CaseAccessPolicy.Viewpoint}).
     */
    @CaseRoles
    public LiveState state(Long meetingId) {
        LiveSnapshots.Round round = snapshots.round(meetingId, snapshots.generation(meetingId), clock.instant());
        ReadOnlyEntities.in(entityManager);
        Meeting meeting = access.content(round.once(new MeetingKey(meetingId),
                        () -> Optional.ofNullable(meetingId).flatMap(meetings::findById).orElseThrow(MeetingNotFoundException::new)),
                round.once(new AcceptedKey(meetingId), () -> attendees.acceptedMembers(meetingId)));
        PortalUser user = PortalUser.require();
        List<AgendaEntry> agenda = round.once(new AgendaKey(meetingId), () -> items.findEntries(meetingId));
        Optional<CurrentCase> current = Optional.empty();
        Long currentId = meeting.getCurrentItemId();
        if (meeting.getStatus() == MeetingStatus.IN_PROGRESS && currentId != null
                && agenda.stream().anyMatch(entry -> entry.itemId().equals(currentId))) {
            current = Optional.of(currentCase(meeting, currentId, user, round));
        }
        long seconds = current.map(c -> c.item().getTimeUsedSeconds() + meeting.secondsOnCurrent(clock.instant())).orElse(0L);
        return new LiveState(meeting, agenda, current, access.isChair(user, meeting), mayRecord(user, meeting), seconds);
    }

    private record MeetingKey(Long meetingId) {
    }

    private record AgendaKey(Long meetingId) {
    }

    private record AcceptedKey(Long meetingId) {
    }

    private record CaseKey(Long itemId) {
    }

    private record SeesKey(Long caseId, CaseAccessPolicy.Viewpoint viewpoint) {
    }

    private record ResearchKey(Long caseId, Long agencyId) {
    }

    /** The agenda item, its case and the case's actions, as the first screen of a round read them. */
    private record CaseRead(AgendaItem item, MaracCase maracCase, List<CaseAction> actions) {
    }

    private CurrentCase currentCase(Meeting meeting, Long itemId, PortalUser user, LiveSnapshots.Round round) {
        CaseAccessPolicy.Viewpoint viewpoint = policy.viewpoint(user);
        CaseRead read = round.once(new CaseKey(itemId), () -> {
            AgendaItem item = items.findById(itemId).orElseThrow();
            MaracCase maracCase = nominations.checkAccess(item.getCaseId());
            round.found(new SeesKey(maracCase.getId(), viewpoint), Boolean.TRUE);
            return new CaseRead(item, maracCase, actions.forCase(item.getCaseId()));
        });
        MaracCase maracCase = read.maracCase();
        round.once(new SeesKey(maracCase.getId(), viewpoint), () -> {
            if (!nominations.canSee(maracCase.getId())) {
                throw new CaseNotFoundException();
            }
            return Boolean.TRUE;
        });
        List<CaseInformation> research = user.getAgencyId() == null
                ? information.research(maracCase.getId(), meeting.getId())
                : round.once(new ResearchKey(maracCase.getId(), user.getAgencyId()),
                        () -> information.research(maracCase.getId(), meeting.getId()));
        List<CaseAction> all = read.actions();
        log.recordConsultation(ProcessingLog.Subject.of("CASE", maracCase.getId(),
                maracCase.personIds()), "live meeting " + meeting.getId() + "; actions: " + all.size()
                + "; shared information: " + research.size() + " entries");
        return new CurrentCase(read.item(), maracCase, research,
                all.stream().filter(action -> !action.getStatus().isFinished()).toList(),
                all.stream().filter(action -> meeting.getId().equals(action.getMeetingId())).toList());
    }

    /** Starts the published meeting at its first case; the chair is present. */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting start(Long meetingId, long expectedVersion) {
        Meeting meeting = MeetingService.current(access.chaired(meetingId), expectedVersion);
        access.content(meetingId);
        if (meeting.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
            throw new InvalidFieldException("status", "live.start.notPublished");
        }
        List<AgendaItem> agenda = items.findListed(meetingId);
        if (agenda.isEmpty()) {
            throw new InvalidFieldException("status", "agenda.publish.empty");
        }
        Instant now = clock.instant();
        meeting.start(now);
        AgendaItem first = agenda.getFirst();
        first.markDiscussed();
        meeting.setCurrent(first.getId(), now);
        join(meeting);
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.live(saved, LiveMeetingChanged.Change.MEETING);
        return saved;
    }

    /** The chair moves the meeting to another case: the time spent on the one before is kept. */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting moveTo(Long meetingId, Long itemId) {
        Meeting meeting = running(access.chaired(meetingId));
        AgendaItem next = items.findById(itemId)
                .filter(item -> item.getMeeting().getId().equals(meetingId) && !item.isRemoved())
                .orElseThrow(() -> new InvalidFieldException("agenda", "agenda.item.gone"));
        if (next.getId().equals(meeting.getCurrentItemId())) {
            return meeting;
        }
        Instant now = clock.instant();
        closeCurrent(meeting, now);
        next.markDiscussed();
        items.save(next);
        meeting.setCurrent(next.getId(), now);
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.live(saved, LiveMeetingChanged.Change.CURRENT_CASE);
        return saved;
    }

    /** An attendee with the live meeting open is present (recorded once, with the time they joined). */
    @CaseRoles
    public void join(Long meetingId) {
        Meeting meeting = access.content(meetingId);
        if (meeting.getStatus() == MeetingStatus.IN_PROGRESS) {
            join(meeting);
            notices.live(meeting, LiveMeetingChanged.Change.ATTENDANCE);
        }
    }

    private void join(Meeting meeting) {
        PortalUser user = PortalUser.require();
        Attendee attendee = attendees.findOne(meeting.getId(), user.getMemberId())
                .orElseGet(() -> new Attendee(meeting, members.findActive(user.getMemberId())));
        if (attendee.getStatus() != AttendanceStatus.PRESENT) {
            attendee.join(clock.instant());
            attendees.save(attendee);
        }
    }

    /**
     * Records what the meeting said about a case: discussion, agreed risk, decisions and the date it is due
     * back for review. The chair or the minute-taker while the meeting runs; the chair until the minutes are
     * approved. A stale version is refused, so the chair and the minute-taker never overwrite each other.
     */
    @CaseRoles
    public AgendaItem recordOutcome(Long itemId, long expectedVersion, @Valid AgendaItem outcome) {
        AgendaItem item = items.findById(itemId).filter(i -> !i.isRemoved())
                .orElseThrow(() -> new InvalidFieldException("discussion", "agenda.item.gone"));
        Meeting meeting = access.content(item.getMeeting().getId());
        PortalUser user = PortalUser.require();
        boolean chair = access.isChair(user, meeting);
        boolean running = meeting.getStatus() == MeetingStatus.IN_PROGRESS;
        if (!(running && mayRecord(user, meeting)) && !(chair && meeting.getStatus() == MeetingStatus.CONCLUDED)) {
            throw new AccessDeniedException("only the chair or the minute-taker records the meeting");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AgendaItem.class, itemId);
        }
        if (outcome.getReviewOn() != null && !outcome.getReviewOn().isAfter(meeting.getStartsAt()
                .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())) {
            throw new InvalidFieldException("reviewOn", "live.review.afterMeeting");
        }
        item.recordOutcome(outcome);
        AgendaItem saved = items.saveAndFlush(item);
        MaracCase maracCase = nominations.checkAccess(item.getCaseId());
        log.record(ProcessingOperation.COLLECTION, ProcessingLog.Subject.of("AGENDA_ITEM", saved.getId(),
                maracCase.personIds()), null, "meeting " + meeting.getId() + ", case " + maracCase.getId());
        notices.live(meeting, LiveMeetingChanged.Change.OUTCOME);
        return saved;
    }

    /**
     * Concludes the meeting: the minutes draft follows from what was recorded. Cases discussed that have
     * no open action move on to UNDER_REVIEW (those with actions are ACTIONS_OPEN already).
     */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting conclude(Long meetingId, long expectedVersion) {
        Meeting meeting = MeetingService.current(running(access.chaired(meetingId)), expectedVersion);
        Instant now = clock.instant();
        closeCurrent(meeting, now);
        meeting.conclude(now);
        for (AgendaItem item : items.findListed(meetingId)) {
            if (item.isDiscussed() && item.getMaracCase().getStatus() == CaseStatus.LISTED) {
                nominations.advance(item.getCaseId(), CaseStatus.UNDER_REVIEW, "Discussed at the MARAC");
            }
        }
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.live(saved, LiveMeetingChanged.Change.MEETING);
        return saved;
    }

    /**
     * The acting member's screens need telling that the outcome changed (an action was set through the
     * action plan): the change itself was recorded and logged there.
     */
    @CaseRoles
    public void actionsChanged(Long meetingId) {
        Meeting meeting = access.content(meetingId);
        notices.live(meeting, LiveMeetingChanged.Change.OUTCOME);
    }

    /** Whether the member may record the meeting now: the chair or the minute-taker, while it runs. */
    boolean mayRecord(PortalUser user, Meeting meeting) {
        if (access.isChair(user, meeting)) {
            return meeting.getStatus() == MeetingStatus.IN_PROGRESS;
        }
        return meeting.getStatus() == MeetingStatus.IN_PROGRESS && meeting.getMinuteTaker() != null
                && Objects.equals(meeting.getMinuteTaker().getId(), user.getMemberId());
    }

    private void closeCurrent(Meeting meeting, Instant now) {
        if (meeting.getCurrentItemId() != null) {
            items.findById(meeting.getCurrentItemId()).ifPresent(current -> {
                current.addTime(meeting.secondsOnCurrent(now));
                items.save(current);
            });
        }
    }

    private static Meeting running(Meeting meeting) {
        if (meeting.getStatus() != MeetingStatus.IN_PROGRESS) {
            throw new InvalidFieldException("status", "live.notRunning");
        }
        return meeting;
    }
}
