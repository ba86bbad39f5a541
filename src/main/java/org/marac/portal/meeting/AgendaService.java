package org.marac.portal.meeting;

import org.marac.portal.partner.CaseRoles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.meeting.internal.AgendaCandidates;
import org.marac.portal.meeting.internal.AgendaItemRepository;
import org.marac.portal.meeting.internal.CandidateRow;
import org.marac.portal.meeting.internal.LiveMeetingChanged;
import org.marac.portal.meeting.internal.MeetingAccess;
import org.marac.portal.meeting.internal.MeetingNotices;
import org.marac.portal.meeting.internal.MeetingRepository;
import org.marac.portal.meeting.internal.ReadOnlyEntities;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.CaseSharing;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.ShareSource;
import org.marac.portal.partner.Agency;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda: built from the area's cases due (new, repeat, review) in the area's order, then adjusted by
 * the chair (order, time slots, cases added or removed with a reason) and published, which shares each
 * listed case with each invited agency. Every change takes the meeting's version as it was shown, so two
 * chairs working on one agenda see each other's changes instead of overwriting them.
 */
@Service
@Transactional
public class AgendaService {

    static final String AGENDA = "MEETING_AGENDA";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Set<CaseStatus> IN_MARAC = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.LISTED,
            CaseStatus.ACTIONS_OPEN, CaseStatus.UNDER_REVIEW);
    private static final Set<MeetingStatus> HELD = EnumSet.of(MeetingStatus.CONCLUDED, MeetingStatus.MINUTES_APPROVED);
    private static final Set<MeetingStatus> UPCOMING = EnumSet.of(MeetingStatus.SCHEDULED,
            MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.IN_PROGRESS);
    private static final Set<ActionStatus> UNFINISHED = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaCandidates candidates;
    private final MeetingAccess access;
    private final MeetingNotices notices;
    private final NominationService nominations;
    private final CaseSharing sharing;
    private final CaseInformationService information;
    private final ProcessingLog log;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AgendaService(MeetingRepository meetings, AgendaItemRepository items, AgendaCandidates candidates, MeetingAccess access, MeetingNotices notices,
            NominationService nominations, CaseSharing sharing, CaseInformationService information, ProcessingLog log,
            Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.candidates = candidates;
        this.access = access;
        this.notices = notices;
        this.nominations = nominations;
        this.sharing = sharing;
        this.information = information;
        this.log = log;
        this.clock = clock;
    }

    /** The agenda in order, for the chair (any time) and attendees (once published); logged as consulted. */
    @CaseRoles
    public List<AgendaItem> agenda(Long meetingId) {
        ReadOnlyEntities.in(entityManager);
        access.content(meetingId);
        List<AgendaItem> listed = items.findListed(meetingId);
        logShown(meetingId, listed.stream().map(AgendaItem::getCaseId).toList(), ProcessingOperation.CONSULTATION, "agenda");
        return listed;
    }

    /** The meeting's version as it is now: every change to the agenda moves it on. */
    @CaseRoles
    public long agendaVersion(Long meetingId) {
        return access.visible(meetingId).getVersion();
    }

    /** Items the chair removed, with their reasons (the meeting's record shows them). */
    @CaseRoles
    public List<AgendaItem> removedItems(Long meetingId) {
        access.content(meetingId);
        return items.findRemoved(meetingId);
    }

    /**
     * Adds every case now due to the agenda (new and repeat cases not yet heard, reviews due by the
     * meeting's day) and puts the whole agenda in the area's order; the chair adjusts it afterwards.
     * Returns how many cases it added; {@link #agenda} shows the result.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public int build(Long meetingId, long expectedVersion) {
        Meeting meeting = editable(meetingId, expectedVersion);
        LocalDate meetingDay = meeting.getStartsAt().atZone(UK).toLocalDate();
        List<CandidateRow> due = candidates.find(meeting.getArea().getId(), meetingId, meetingDay, IN_MARAC, HELD, UPCOMING, UNFINISHED)
                .stream().filter(row -> AgendaRules.dueAs(row.facts(), meetingDay).isPresent()).toList();
        List<AgendaItem> agenda = new ArrayList<>(items.findListed(meetingId));
        int slot = meeting.getSeries().getDefaultSlotMinutes();
        List<AgendaItem> added = new ArrayList<>();
        for (CandidateRow row : due) {
            AgendaItemKind kind = AgendaRules.dueAs(row.facts(), meetingDay).orElseThrow();
            added.add(new AgendaItem(meeting, entityManager.getReference(MaracCase.class, row.caseId()), kind, 0, slot, null));
        }
        agenda.addAll(added);
        Map<Long, CandidateRow> rows = due.stream().collect(Collectors.toMap(CandidateRow::caseId, row -> row));
        List<AgendaItem> ordered = meeting.getSeries().ordering().sort(agenda, item -> factsOf(item, rows.get(item.getCaseId())));
        renumber(ordered);
        items.saveAll(ordered);
        if (meeting.getStatus().isPublished()) {
            added.forEach(item -> listOnPublishedAgenda(meeting, item));
        }
        changed(meeting);
        logShown(meetingId, ordered.stream().map(AgendaItem::getCaseId).toList(), ProcessingOperation.CONSULTATION,
                "agenda built: " + due.size() + " cases added");
        return added.size();
    }

    /** Adds a case by its reference, with the chair's reason; it must be an open case of the meeting's area. */
    @PreAuthorize("hasRole('CHAIR')")
    public AgendaItem addCase(Long meetingId, long expectedVersion, String reference, String reason) {
        Meeting meeting = editable(meetingId, expectedVersion);
        String why = MeetingService.required(reason, "addedReason", 500);
        if (reference == null || reference.isBlank()) {
            throw new InvalidFieldException("reference", "validation.required");
        }
        MaracCase maracCase = findByReference(reference.strip())
                .filter(found -> found.getArea() != null && found.getArea().getId().equals(meeting.getArea().getId()))
                .orElseThrow(() -> new InvalidFieldException("reference", "agenda.add.notFound"));
        if (!maracCase.isInMarac()) {
            throw new InvalidFieldException("reference", "agenda.add.notOpen");
        }
        List<AgendaItem> agenda = items.findListed(meetingId);
        if (agenda.stream().anyMatch(item -> item.getCaseId().equals(maracCase.getId()))) {
            throw new InvalidFieldException("reference", "agenda.add.already");
        }
        AgendaItemKind kind = AgendaRules.kindOf(maracCase.isRepeatCase(), items.wasDiscussed(maracCase.getId(), HELD));
        AgendaItem item = items.saveAndFlush(new AgendaItem(meeting, maracCase, kind, agenda.size() + 1,
                meeting.getSeries().getDefaultSlotMinutes(), why));
        if (meeting.getStatus().isPublished()) {
            listOnPublishedAgenda(meeting, item);
        }
        changed(meeting);
        logShown(meetingId, List.of(maracCase.getId()), ProcessingOperation.CONSULTATION, "added to agenda: " + why);
        return item;
    }

    /**
     * Removes an item with the chair's reason. Once the agenda is published, the access its listing gave the
     * invited agencies ends (and only that access). A case already discussed stays on the record.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public void removeItem(Long meetingId, long expectedVersion, Long itemId, String reason) {
        Meeting meeting = editable(meetingId, expectedVersion);
        String why = MeetingService.required(reason, "removedReason", 500);
        AgendaItem item = listedItem(meetingId, itemId);
        if (item.isDiscussed() || item.getId().equals(meeting.getCurrentItemId())) {
            throw new InvalidFieldException("removedReason", "agenda.remove.discussed");
        }
        item.remove(clock.instant(), why);
        items.save(item);
        if (meeting.getStatus().isPublished()) {
            sharing.end(ShareSource.MEETING_AGENDA, item.getId());
        }
        List<AgendaItem> rest = items.findListed(meetingId).stream().filter(i -> !i.getId().equals(itemId)).toList();
        renumber(rest);
        items.saveAll(rest);
        changed(meeting);
    }

    /** Moves an item to a new place (1 = first); the others close up around it. */
    @PreAuthorize("hasRole('CHAIR')")
    public List<AgendaItem> moveItem(Long meetingId, long expectedVersion, Long itemId, int newPosition) {
        Meeting meeting = editable(meetingId, expectedVersion);
        List<AgendaItem> agenda = new ArrayList<>(items.findListed(meetingId));
        AgendaItem item = listedItem(meetingId, itemId);
        agenda.removeIf(i -> i.getId().equals(itemId));
        agenda.add(Math.max(0, Math.min(agenda.size(), newPosition - 1)), item);
        renumber(agenda);
        items.saveAll(agenda);
        changed(meeting);
        return agenda;
    }

    /** Sets an item's time slot, 5 to 60 minutes. */
    @PreAuthorize("hasRole('CHAIR')")
    public void setSlot(Long meetingId, long expectedVersion, Long itemId, int minutes) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (minutes < 5 || minutes > 60) {
            throw new InvalidFieldException("slotMinutes", "agenda.slot.range");
        }
        AgendaItem item = listedItem(meetingId, itemId);
        item.setSlotMinutes(minutes);
        items.save(item);
        changed(meeting);
    }

    /**
     * Publishes the agenda: each listed case is shared with each invited agency (keyed by its agenda item, so
     * that removing the item ends exactly those shares) and moves to LISTED. An empty agenda, a meeting in
     * the past, a meeting with no agency invited or a case that has closed meanwhile are refused.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public Meeting publish(Long meetingId, long expectedVersion) {
        Meeting meeting = MeetingService.current(access.chaired(meetingId), expectedVersion);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new InvalidFieldException("agenda", "agenda.publish.notScheduled");
        }
        if (!meeting.getStartsAt().isAfter(clock.instant())) {
            throw new InvalidFieldException("agenda", "agenda.publish.past");
        }
        List<AgendaItem> agenda = items.findListed(meetingId);
        if (agenda.isEmpty()) {
            throw new InvalidFieldException("agenda", "agenda.publish.empty");
        }
        if (meeting.getInvitedAgencies().isEmpty()) {
            throw new InvalidFieldException("agenda", "agenda.publish.noAgency");
        }
        if (agenda.stream().anyMatch(item -> !item.getMaracCase().isInMarac())) {
            throw new InvalidFieldException("agenda", "agenda.publish.caseClosed");
        }
        agenda.forEach(item -> listOnPublishedAgenda(meeting, item));
        meeting.publish(clock.instant());
        Meeting saved = meetings.saveAndFlush(meeting);
        notices.publish(new AgendaPublished(saved.getId(), saved.getArea().getId(), saved.getStartsAt(),
                notices.memberIds(saved), notices.agencyIds(saved)));
        notices.live(saved, LiveMeetingChanged.Change.MEETING);
        return saved;
    }

    /** Which invited agency has recorded research on which listed case, for the chair's readiness grid. */
    public record Readiness(List<AgendaItem> items, List<Agency> agencies, Map<Long, Set<Long>> researchedByCase) {

        public boolean researched(AgendaItem item, Agency agency) {
            return researchedByCase.getOrDefault(item.getCaseId(), Set.of()).contains(agency.getId());
        }
    }

    @PreAuthorize("hasRole('CHAIR')")
    public Readiness readiness(Long meetingId) {
        Meeting meeting = access.chaired(meetingId);
        access.content(meetingId);
        List<AgendaItem> listed = items.findListed(meetingId);
        Map<Long, Set<Long>> researched = information.researchedAgencies(meetingId,
                listed.stream().map(AgendaItem::getCaseId).toList());
        List<Agency> invited = meeting.getInvitedAgencies().stream()
                .sorted(java.util.Comparator.comparing(Agency::getName)).toList();
        return new Readiness(listed, invited, researched);
    }

    /** The meetings that listed a case (removed items left out), latest first; logged as consulted. */
    @CaseRoles
    public List<AgendaItem> listingsOf(Long caseId) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        List<AgendaItem> found = items.findListingsOfCase(caseId).stream()
                .filter(item -> item.getMeeting().getStatus() != MeetingStatus.CANCELLED).toList();
        if (!found.isEmpty()) {
            log.recordConsultation(ProcessingLog.Subject.of("CASE", caseId, maracCase.personIds()),
                    "meetings of the case: " + found.size());
        }
        return found;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void listOnPublishedAgenda(Meeting meeting, AgendaItem item) {
        sharing.share(item.getCaseId(), notices.agencyIds(meeting), ShareSource.MEETING_AGENDA, item.getId());
        nominations.advance(item.getCaseId(), CaseStatus.LISTED,
                "Listed for the MARAC of " + meeting.getStartsAt().atZone(UK).toLocalDate());
    }

    private Meeting editable(Long meetingId, long expectedVersion) {
        Meeting meeting = MeetingService.current(access.chaired(meetingId), expectedVersion);
        if (!meeting.getStatus().isUpcoming()) {
            throw new InvalidFieldException("agenda", "agenda.notEditable");
        }
        return meeting;
    }

    private AgendaItem listedItem(Long meetingId, Long itemId) {
        return items.findById(itemId)
                .filter(item -> item.getMeeting().getId().equals(meetingId) && !item.isRemoved())
                .orElseThrow(() -> new InvalidFieldException("agenda", "agenda.item.gone"));
    }

    /** Every change to the agenda moves the meeting's version on, even when the meeting row itself is unchanged. */
    private void changed(Meeting meeting) {
        meeting.agendaChanged(clock.instant());
        entityManager.lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        meetings.saveAndFlush(meeting);
        notices.live(meeting, LiveMeetingChanged.Change.MEETING);
    }

    private static void renumber(List<AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).setPosition(i + 1);
        }
    }

    private static AgendaOrdering.Facts factsOf(AgendaItem item, CandidateRow row) {
        if (row != null) {
            return new AgendaOrdering.Facts(row.caseId(), item.getKind(), row.childrenInHousehold(), row.endorsedRisk(),
                    row.decidedAt());
        }
        MaracCase maracCase = item.getMaracCase();
        return new AgendaOrdering.Facts(maracCase.getId(), item.getKind(), maracCase.isChildrenInHousehold(),
                maracCase.getEndorsedRisk(), maracCase.getDecidedAt());
    }

    private Optional<MaracCase> findByReference(String reference) {
        Optional<Long> id = entityManager.createQuery("select c.id from MaracCase c where c.reference = :reference", Long.class)
                .setParameter("reference", reference.toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst();
        try {
            return id.map(nominations::checkAccess);
        } catch (CaseNotFoundException notVisible) {
            return Optional.empty();
        }
    }

    /** A list of cases shown or used consults them all: one log entry names the meeting's cases and their people. */
    private void logShown(Long meetingId, Collection<Long> caseIds, ProcessingOperation operation, String detail) {
        if (caseIds.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> people = new LinkedHashMap<>();
        items.findPeopleOf(caseIds).forEach(pair -> people.computeIfAbsent((Long) pair[0], id -> new ArrayList<>())
                .add((Long) pair[1]));
        log.record(operation, ProcessingLog.Subject.of(AGENDA, meetingId,
                people.values().stream().flatMap(List::stream).toList()), null,
                detail + "; cases " + caseIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
