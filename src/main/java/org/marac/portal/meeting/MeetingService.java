package org.marac.portal.meeting;

import org.marac.portal.partner.CaseRoles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.meeting.internal.AgendaItemRepository;
import org.marac.portal.meeting.internal.AttendeeRepository;
import org.marac.portal.meeting.internal.LiveMeetingChanged;
import org.marac.portal.meeting.internal.MeetingAccess;
import org.marac.portal.meeting.internal.MeetingNotices;
import org.marac.portal.meeting.internal.MeetingRepository;
import org.marac.portal.meeting.internal.MeetingSeriesRepository;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.CaseSharing;
import org.marac.portal.nomination.ShareSource;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Meeting series and their occurrences, and who attends: the area's chair sets the series up, plans the
 * occurrences, moves or cancels one, invites agencies and members and names a minute-taker; attendees
 * accept the confidentiality statement and send apologies. Attendees are told of changes through the
 * events this service publishes.
 */
@Service
@Validated
@Transactional
public class MeetingService {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_PLANNED_AHEAD = 12;

    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AttendeeRepository attendees;
    private final MeetingAccess access;
    private final MeetingNotices notices;
    private final MaracAreaService areas;
    private final AgencyService agencies;
    private final MemberService members;
    private final CaseSharing sharing;
    private final Clock clock;

    MeetingService(MeetingSeriesRepository series, MeetingRepository meetings, AgendaItemRepository items,
            AttendeeRepository attendees, MeetingAccess access, MeetingNotices notices, MaracAreaService areas,
            AgencyService agencies, MemberService members, CaseSharing sharing, Clock clock) {
        this.series = series;
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.access = access;
        this.notices = notices;
        this.areas = areas;
        this.agencies = agencies;
        this.members = members;
        this.sharing = sharing;
        this.clock = clock;
    }

    // ---- Series -------------------------------------------------------------------------------------

    /** The areas the acting chair chairs, for their meetings page. */
    @PreAuthorize("hasRole('CHAIR')")
    public List<MaracArea> chairedAreas() {
        return areas.areasChairedBy(PortalUser.require().getMemberId());
    }

    /** The area's series, or a new one (first meeting in a week's time) for the chair to fill in. */
    @PreAuthorize("hasRole('CHAIR')")
    public MeetingSeries seriesOf(Long areaId) {
        MaracArea area = chairedArea(areaId);
        return series.findByAreaId(areaId).orElseGet(() -> {
            MeetingSeries created = new MeetingSeries(area);
            created.setFirstMeetingOn(today().plusWeeks(1));
            return created;
        });
    }

    /**
     * Saves the series. A new series starts today or later; the agenda order names each criterion at most
     * once. Existing occurrences keep their dates: a changed series applies to occurrences planned later.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public MeetingSeries saveSeries(@Valid MeetingSeries changed) {
        chairedArea(changed.getArea().getId());
        if (changed.isNew() && changed.getFirstMeetingOn().isBefore(today())) {
            throw new InvalidFieldException("firstMeetingOn", "meeting.inPast");
        }
        if (changed.isNew() && series.findByAreaId(changed.getArea().getId()).isPresent()) {
            throw new InvalidFieldException("firstMeetingOn", "meeting.series.exists");
        }
        try {
            changed.ordering();
        } catch (IllegalArgumentException twice) {
            throw new InvalidFieldException("ordering", "meeting.ordering.twice");
        }
        return series.saveAndFlush(changed);
    }

    /**
     * Creates the series' occurrences up to {@code count} meetings from today on (at most 12), skipping
     * any already planned, moved or cancelled; returns the area's meetings.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public List<Meeting> planAhead(Long areaId, int count) {
        MeetingSeries planned = series.findByAreaId(areaId).orElseThrow(() ->
                new InvalidFieldException("series", "meeting.series.none"));
        chairedArea(areaId);
        Instant now = clock.instant();
        int wanted = Math.max(1, Math.min(MAX_PLANNED_AHEAD, count));
        int ahead = 0;
        for (int occurrence = 0; ahead < wanted && occurrence < 1000; occurrence++) {
            Instant startsAt = planned.occurrenceStart(occurrence).toInstant();
            if (startsAt.isBefore(now)) {
                continue;
            }
            ahead++;
            if (meetings.findBySeriesIdAndOccurrence(planned.getId(), occurrence).isEmpty()) {
                meetings.save(new Meeting(planned, occurrence, startsAt));
            }
        }
        meetings.flush();
        return meetings.findByAreaIdOrderByStartsAtAsc(areaId);
    }

    /** An extra meeting outside the cadence (an extraordinary MARAC), at the series' usual place. */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting addExtraMeeting(Long areaId, LocalDateTime ukStart) {
        MeetingSeries planned = series.findByAreaId(areaId).orElseThrow(() ->
                new InvalidFieldException("series", "meeting.series.none"));
        chairedArea(areaId);
        Instant startsAt = future(ukStart, "startsAt");
        return meetings.saveAndFlush(new Meeting(planned, null, startsAt));
    }

    // ---- Meetings -----------------------------------------------------------------------------------

    @PreAuthorize("hasRole('CHAIR')")
    public List<Meeting> meetingsOfArea(Long areaId) {
        chairedArea(areaId);
        return meetings.findByAreaIdOrderByStartsAtAsc(areaId);
    }

    /**
     * The meetings the acting member's agency is invited to, from four weeks ago on (minutes follow a
     * meeting), cancelled ones included so that nobody turns up to one.
     */
    @CaseRoles
    public List<Meeting> meetingsOfMyAgency() {
        PortalUser user = PortalUser.require();
        if (!CaseAccessPolicy.seesAgencyCases(user)) {
            return List.of();
        }
        return meetings.findInvitingAgency(user.getAgencyId(), clock.instant().minus(28, ChronoUnit.DAYS),
                EnumSet.allOf(MeetingStatus.class));
    }

    /** A meeting's date, place and state, for its chair and its invited agencies (no case content). */
    @CaseRoles
    public Meeting find(Long meetingId) {
        return access.visible(meetingId);
    }

    /** Whether the acting member chairs the meeting. */
    @CaseRoles
    public boolean isChair(Long meetingId) {
        return access.isChair(PortalUser.require(), access.visible(meetingId));
    }

    /** Moves one occurrence (date, time, place); attendees are told. */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting move(Long meetingId, long expectedVersion, LocalDateTime ukStart, String venue, String onlineLink) {
        Meeting meeting = current(access.chaired(meetingId), expectedVersion);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED && meeting.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
            throw new InvalidFieldException("startsAt", "meeting.notMovable");
        }
        if (onlineLink != null && !onlineLink.isBlank() && !onlineLink.strip().matches("^https://\\S+$")) {
            throw new InvalidFieldException("onlineLink", "meeting.link.https");
        }
        if (venue != null && venue.length() > 200) {
            throw new InvalidFieldException("venue", "validation.max200");
        }
        Instant previous = meeting.getStartsAt();
        meeting.moveTo(future(ukStart, "startsAt"), venue, onlineLink);
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.publish(new MeetingRescheduled(saved.getId(), saved.getArea().getId(), previous, saved.getStartsAt(),
                notices.memberIds(saved), notices.agencyIds(saved)));
        notices.live(saved, LiveMeetingChanged.Change.MEETING);
        return saved;
    }

    /**
     * Cancels one occurrence with a reason; attendees are told. The access its published agenda gave the
     * invited agencies ends, and its cases become due for the next agenda.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting cancel(Long meetingId, long expectedVersion, String reason) {
        Meeting meeting = current(access.chaired(meetingId), expectedVersion);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED && meeting.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
            throw new InvalidFieldException("cancelReason", "meeting.notCancellable");
        }
        String why = required(reason, "cancelReason", 2000);
        if (meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED) {
            items.findListed(meetingId).forEach(item -> sharing.end(ShareSource.MEETING_AGENDA, item.getId()));
        }
        meeting.cancel(why);
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.publish(new MeetingCancelled(saved.getId(), saved.getArea().getId(), saved.getStartsAt(),
                notices.memberIds(saved), notices.agencyIds(saved)));
        notices.live(saved, LiveMeetingChanged.Change.MEETING);
        return saved;
    }

    // ---- Attendance ---------------------------------------------------------------------------------

    /** The agencies the chair may invite: every active agency. */
    @PreAuthorize("hasRole('CHAIR')")
    public List<Agency> invitableAgencies() {
        return agencies.findActive();
    }

    /** Invites an agency; once the agenda is published, it gets access to every case on it at once. */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting inviteAgency(Long meetingId, long expectedVersion, Long agencyId) {
        Meeting meeting = editableAttendance(meetingId, expectedVersion);
        Agency agency = agencies.findActive().stream().filter(a -> a.getId().equals(agencyId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("agency", "meeting.agency.inactive"));
        if (meeting.getInvitedAgencies().stream().anyMatch(a -> a.getId().equals(agencyId))) {
            return meeting;
        }
        meeting.getInvitedAgencies().add(agency);
        meeting.agendaChanged(clock.instant());
        if (meeting.getStatus().isPublished()) {
            items.findListed(meetingId).forEach(item ->
                    sharing.share(item.getCaseId(), List.of(agencyId), ShareSource.MEETING_AGENDA, item.getId()));
        }
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.live(saved, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /**
     * Withdraws an agency's invitation; once the agenda is published, the access it gave that agency ends
     * (access from elsewhere, such as an action the agency owns, stays). Its named attendees are removed.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting uninviteAgency(Long meetingId, long expectedVersion, Long agencyId) {
        Meeting meeting = editableAttendance(meetingId, expectedVersion);
        if (!meeting.getInvitedAgencies().removeIf(a -> a.getId().equals(agencyId))) {
            return meeting;
        }
        meeting.agendaChanged(clock.instant());
        if (meeting.getStatus().isPublished()) {
            items.findListed(meetingId).forEach(item -> sharing.end(ShareSource.MEETING_AGENDA, item.getId(), agencyId));
        }
        attendees.findByMeeting(meetingId).stream()
                .filter(attendee -> attendee.getAgency() != null && attendee.getAgency().getId().equals(agencyId))
                .filter(attendee -> attendee.getConfidentialityAcceptedAt() == null)
                .forEach(attendees::delete);
        if (meeting.getMinuteTaker() != null && Objects.equals(meeting.getMinuteTaker().getAgency().getId(), agencyId)) {
            meeting.setMinuteTaker(null);
        }
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.live(saved, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /** The members the chair may name: active members of the invited agencies who work on cases. */
    @PreAuthorize("hasRole('CHAIR')")
    public List<Member> invitableMembers(Long meetingId) {
        Meeting meeting = access.chaired(meetingId);
        List<Member> found = new ArrayList<>();
        meeting.getInvitedAgencies().stream().sorted(Comparator.comparing(Agency::getName))
                .forEach(agency -> members.activeMembersOf(agency.getId()).stream()
                        .filter(MeetingService::worksOnCases).forEach(found::add));
        return found;
    }

    /** Names a member of an invited agency as an attendee. */
    @PreAuthorize("hasRole('CHAIR')")
    public Attendee inviteMember(Long meetingId, Long memberId) {
        Meeting meeting = access.chaired(meetingId);
        if (meeting.getStatus().isHeld() || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidFieldException("member", "meeting.attendance.closed");
        }
        Member member = invitableMembers(meetingId).stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("member", "meeting.member.notInvitable"));
        Attendee attendee = attendees.findOne(meetingId, memberId).orElseGet(() -> new Attendee(meeting, member));
        Attendee saved = attendees.saveAndFlush(attendee);
        notices.live(meeting, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /** Who is named for the meeting, present or with apologies, and when each accepted confidentiality. */
    @CaseRoles
    public List<Attendee> attendance(Long meetingId) {
        access.visible(meetingId);
        return attendees.findByMeeting(meetingId);
    }

    /** Whether the acting member has accepted this meeting's confidentiality statement. */
    @CaseRoles
    public boolean hasAcceptedConfidentiality(Long meetingId) {
        return access.hasAccepted(PortalUser.require(), access.visible(meetingId));
    }

    /** The acting member accepts the confidentiality statement; the time is kept. */
    @CaseRoles
    public Attendee acceptConfidentiality(Long meetingId) {
        Meeting meeting = access.visible(meetingId);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidFieldException("confidentiality", "meeting.isCancelled");
        }
        Attendee attendee = ownAttendance(meeting);
        attendee.acceptConfidentiality(clock.instant());
        Attendee saved = attendees.saveAndFlush(attendee);
        notices.live(meeting, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /** The acting member sends apologies (before the meeting has been held). */
    @CaseRoles
    public Attendee sendApologies(Long meetingId, String note) {
        Meeting meeting = access.visible(meetingId);
        if (meeting.getStatus().isHeld() || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidFieldException("apologyNote", "meeting.attendance.closed");
        }
        Attendee attendee = ownAttendance(meeting);
        attendee.sendApologies(optional(note, "apologyNote", 500));
        Attendee saved = attendees.saveAndFlush(attendee);
        notices.live(meeting, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /** The chair records an attendee's apologies or presence (for someone in the room without a screen). */
    @PreAuthorize("hasRole('CHAIR')")
    public Attendee recordAttendance(Long meetingId, Long attendeeId, AttendanceStatus status, String note) {
        Meeting meeting = access.chaired(meetingId);
        if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidFieldException("apologyNote", "meeting.attendance.closed");
        }
        Attendee attendee = attendees.findById(attendeeId).filter(a -> a.getMeetingId().equals(meetingId))
                .orElseThrow(MeetingNotFoundException::new);
        if (status == AttendanceStatus.APOLOGIES) {
            attendee.sendApologies(optional(note, "apologyNote", 500));
        } else if (status == AttendanceStatus.PRESENT) {
            attendee.markPresent();
        }
        Attendee saved = attendees.saveAndFlush(attendee);
        notices.live(meeting, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /**
     * Names the member who may record discussion, decisions and actions during the meeting on the chair's
     * behalf (or nobody). They must work on cases for an invited agency.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting delegateMinutes(Long meetingId, long expectedVersion, Long memberId) {
        Meeting meeting = current(access.chaired(meetingId), expectedVersion);
        if (meeting.getStatus().isHeld() || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidFieldException("minuteTaker", "meeting.attendance.closed");
        }
        Member taker = memberId == null ? null : invitableMembers(meetingId).stream()
                .filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("minuteTaker", "meeting.member.notInvitable"));
        meeting.setMinuteTaker(taker);
        if (taker != null && attendees.findOne(meetingId, taker.getId()).isEmpty()) {
            attendees.save(new Attendee(meeting, taker));
        }
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.live(saved, LiveMeetingChanged.Change.ATTENDANCE);
        return saved;
    }

    /** Invited agencies with nobody present or named, by name: for the minutes' "not represented". */
    @CaseRoles
    public Map<Agency, List<Attendee>> attendanceByAgency(Long meetingId) {
        Meeting meeting = access.visible(meetingId);
        Map<Agency, List<Attendee>> byAgency = new LinkedHashMap<>();
        meeting.getInvitedAgencies().stream().sorted(Comparator.comparing(Agency::getName))
                .forEach(agency -> byAgency.put(agency, new ArrayList<>()));
        for (Attendee attendee : attendees.findByMeeting(meetingId)) {
            byAgency.entrySet().stream().filter(e -> attendee.getAgency() != null
                            && e.getKey().getId().equals(attendee.getAgency().getId()))
                    .findFirst().ifPresent(e -> e.getValue().add(attendee));
        }
        return byAgency;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Attendee ownAttendance(Meeting meeting) {
        PortalUser user = PortalUser.require();
        return attendees.findOne(meeting.getId(), user.getMemberId())
                .orElseGet(() -> new Attendee(meeting, members.findActive(user.getMemberId())));
    }

    private Meeting editableAttendance(Long meetingId, long expectedVersion) {
        Meeting meeting = current(access.chaired(meetingId), expectedVersion);
        if (meeting.getStatus().isHeld() || meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidFieldException("agency", "meeting.attendance.closed");
        }
        return meeting;
    }

    private MaracArea chairedArea(Long areaId) {
        return chairedAreas().stream().filter(area -> area.getId().equals(areaId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only the area's chair manages its meetings"));
    }

    private Instant future(LocalDateTime ukStart, String field) {
        if (ukStart == null) {
            throw new InvalidFieldException(field, "validation.required");
        }
        Instant at = ukStart.atZone(UK).toInstant();
        if (!at.isAfter(clock.instant())) {
            throw new InvalidFieldException(field, "meeting.inPast");
        }
        return at;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    static Meeting current(Meeting meeting, long expectedVersion) {
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, meeting.getId());
        }
        return meeting;
    }

    static boolean worksOnCases(Member member) {
        return member.hasRole(Role.PRACTITIONER) || member.hasRole(Role.SUPERVISOR) || member.hasRole(Role.AGENCY_LEAD);
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
        return optional(value, field, max);
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidFieldException(field, "validation.max" + max);
        }
        return value.strip();
    }

    /** Today's date in the UK, for forms. */
    @CaseRoles
    public LocalDate todayInUk() {
        return today();
    }

    Optional<MeetingSeries> existingSeries(Long areaId) {
        return series.findByAreaId(areaId);
    }
}
