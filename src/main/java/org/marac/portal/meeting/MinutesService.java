package org.marac.portal.meeting;

import org.marac.portal.partner.CaseRoles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.meeting.internal.AgendaItemRepository;
import org.marac.portal.meeting.internal.AttendeeRepository;
import org.marac.portal.meeting.internal.LiveMeetingChanged;
import org.marac.portal.meeting.internal.MeetingAccess;
import org.marac.portal.meeting.internal.MeetingNotices;
import org.marac.portal.meeting.internal.MeetingRepository;
import org.marac.portal.meeting.internal.ReadOnlyEntities;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting's record: the minutes draft follows from what the meeting recorded (attendance, apologies,
 * confidentiality, each case's discussion, risk, decisions and actions); the chair edits and approves it,
 * and the approved minutes are kept unchanged. The agenda and the minutes as PDF, each download logged as a
 * disclosure to the downloader's agency.
 */
@Service
@Transactional
public class MinutesService {

    static final String MINUTES = "MEETING_MINUTES";

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AttendeeRepository attendees;
    private final MeetingAccess access;
    private final MeetingNotices notices;
    private final ActionService actions;
    private final MemberService members;
    private final MeetingDocuments documents;
    private final ProcessingLog log;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    MinutesService(MeetingRepository meetings, AgendaItemRepository items, AttendeeRepository attendees,
            MeetingAccess access, MeetingNotices notices, ActionService actions, MemberService members,
            MeetingDocuments documents, ProcessingLog log, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.access = access;
        this.notices = notices;
        this.actions = actions;
        this.members = members;
        this.documents = documents;
        this.log = log;
        this.clock = clock;
    }

    /** The minutes of a held meeting, as recorded so far. */
    public record Minutes(Meeting meeting, List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
            List<Agency> notRepresented, List<CaseMinutes> discussed, List<AgendaItem> notDiscussed,
            List<AgendaItem> removed) {

        /** Everyone who accepted the confidentiality statement, in the order they did. */
        public List<Attendee> confidentiality() {
            return java.util.stream.Stream.of(present, apologies, absent).flatMap(List::stream)
                    .filter(Attendee::hasAcceptedConfidentiality)
                    .sorted(Comparator.comparing(Attendee::getConfidentialityAcceptedAt)).toList();
        }
    }

    /** One discussed case: its item (discussion, agreed risk, decisions, review date) and the actions set at the meeting. */
    public record CaseMinutes(AgendaItem item, List<CaseAction> actions) {
    }

    /**
     * The minutes: for the chair from the meeting's conclusion on, for attendees once approved. Logged as a
     * consultation of the cases discussed.
     */
    @CaseRoles
    public Minutes minutes(Long meetingId) {
        ReadOnlyEntities.in(entityManager);
        Meeting meeting = readableMinutes(meetingId);
        Minutes minutes = compile(meeting);
        logCases(ProcessingOperation.CONSULTATION, meeting, minutes, null, "minutes");
        return minutes;
    }

    /** The chair's general notes for the minutes (matters arising, any other business). */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting saveNotes(Long meetingId, long expectedVersion, String notes) {
        Meeting meeting = MeetingService.current(access.chaired(meetingId), expectedVersion);
        if (meeting.getStatus() != MeetingStatus.CONCLUDED) {
            throw new InvalidFieldException("minutesNotes", "minutes.notEditable");
        }
        meeting.setMinutesNotes(MeetingService.optional(notes, "minutesNotes", 4000));
        return meetings.saveAndFlush(meeting);
    }

    /** Approves the minutes: they are kept as approved and attendees can download them. */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting approve(Long meetingId, long expectedVersion) {
        Meeting meeting = MeetingService.current(access.chaired(meetingId), expectedVersion);
        access.content(meetingId);
        if (meeting.getStatus() != MeetingStatus.CONCLUDED) {
            throw new InvalidFieldException("minutesNotes", "minutes.notConcluded");
        }
        meeting.approveMinutes(members.findActive(PortalUser.require().getMemberId()), clock.instant());
        Minutes minutes = compile(meeting);
        Meeting saved = meetings.saveAndFlush(meeting);
        meetings.keepApprovedMinutesPdf(saved.getId(), documents.minutes(minutes));
        logCases(ProcessingOperation.ALTERATION, saved, minutes, null, "minutes approved");
        notices.publish(new MinutesApproved(saved.getId(), saved.getArea().getId(), saved.getStartsAt(),
                notices.memberIds(saved), notices.agencyIds(saved)));
        notices.live(saved, LiveMeetingChanged.Change.MEETING);
        return saved;
    }

    /** The agenda as PDF (no victim names, case references only); the download is logged as a disclosure. */
    @CaseRoles
    public byte[] agendaPdf(Long meetingId) {
        ReadOnlyEntities.in(entityManager);
        Meeting meeting = access.content(meetingId);
        List<AgendaItem> agenda = items.findListed(meetingId);
        byte[] pdf = documents.agenda(meeting, agenda);
        logDisclosure(meeting, agenda.stream().map(AgendaItem::getCaseId).toList(), AgendaService.AGENDA, "agenda PDF");
        return pdf;
    }

    /**
     * The minutes as PDF: the approved copy once approved, otherwise the chair's draft. The download is logged
     * as a disclosure.
     */
    @CaseRoles
    public byte[] minutesPdf(Long meetingId) {
        ReadOnlyEntities.in(entityManager);
        Meeting meeting = readableMinutes(meetingId);
        Minutes minutes = compile(meeting);
        byte[] kept = meeting.getStatus() == MeetingStatus.MINUTES_APPROVED ? meetings.findApprovedMinutesPdf(meetingId) : null;
        byte[] pdf = kept != null ? kept : documents.minutes(minutes);
        logDisclosure(meeting, minutes.discussed().stream().map(c -> c.item().getCaseId()).toList(), MINUTES,
                "minutes PDF");
        return pdf;
    }

    /** A file name that says what it is and names no one. */
    public static String fileName(Meeting meeting, String kind) {
        return "marac-" + kind + "-" + meeting.getArea().getName().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-") + "-" + meeting.getStartsAt().atZone(java.time.ZoneId.of("Europe/London"))
                .toLocalDate() + ".pdf";
    }

    private Meeting readableMinutes(Long meetingId) {
        Meeting meeting = access.content(meetingId);
        boolean chair = access.isChair(PortalUser.require(), meeting);
        if (chair ? !meeting.getStatus().isHeld() : meeting.getStatus() != MeetingStatus.MINUTES_APPROVED) {
            throw new AccessDeniedException("minutes are the chair's until approved");
        }
        return meeting;
    }

    private Minutes compile(Meeting meeting) {
        List<Attendee> all = attendees.findByMeeting(meeting.getId());
        List<Attendee> present = all.stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT).toList();
        List<Attendee> apologies = all.stream().filter(a -> a.getStatus() == AttendanceStatus.APOLOGIES).toList();
        List<Attendee> absent = all.stream().filter(a -> a.getStatus() == AttendanceStatus.INVITED).toList();
        List<Agency> notRepresented = meeting.getInvitedAgencies().stream()
                .filter(agency -> present.stream().noneMatch(a -> a.getAgency() != null && a.getAgency().getId().equals(agency.getId())))
                .sorted(Comparator.comparing(Agency::getName)).toList();
        List<CaseMinutes> discussed = new ArrayList<>();
        List<AgendaItem> notDiscussed = new ArrayList<>();
        for (AgendaItem item : items.findListed(meeting.getId())) {
            if (item.isDiscussed()) {
                discussed.add(new CaseMinutes(item, actions.forCase(item.getCaseId()).stream()
                        .filter(action -> meeting.getId().equals(action.getMeetingId())).toList()));
            } else {
                notDiscussed.add(item);
            }
        }
        return new Minutes(meeting, present, apologies, absent, notRepresented, discussed, notDiscussed,
                items.findRemoved(meeting.getId()));
    }

    private void logCases(ProcessingOperation operation, Meeting meeting, Minutes minutes, Long recipient, String detail) {
        List<Long> caseIds = minutes.discussed().stream().map(c -> c.item().getCaseId()).toList();
        if (!caseIds.isEmpty()) {
            log.record(operation, ProcessingLog.Subject.of(MINUTES, meeting.getId(), peopleOf(caseIds)), recipient,
                    detail + "; cases " + caseIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    private void logDisclosure(Meeting meeting, List<Long> caseIds, String subject, String detail) {
        log.record(ProcessingOperation.DISCLOSURE, ProcessingLog.Subject.of(subject, meeting.getId(), peopleOf(caseIds)),
                PortalUser.require().getAgencyId(), detail + " downloaded; cases "
                        + caseIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private List<Long> peopleOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return items.findPeopleOf(caseIds).stream().map(pair -> (Long) pair[1]).distinct().toList();
    }
}
