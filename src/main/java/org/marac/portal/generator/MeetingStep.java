package org.marac.portal.generator;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.marac.portal.audit.BulkChainWriter;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.generator.Force.AgencyInfo;
import org.marac.portal.generator.Force.CasePlan;
import org.marac.portal.generator.Force.ItemPlan;
import org.marac.portal.generator.Force.MeetingPlan;
import org.marac.portal.generator.Force.MemberInfo;
import org.marac.portal.generator.Force.SeriesPlan;
import org.marac.portal.meeting.AgendaItemKind;
import org.marac.portal.meeting.AttendanceStatus;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.ShareSource;

/**
 * The MARAC meetings {@link MeetingPlanner} planned with the cases: each area's series, its occurrences (held
 * ones with their minutes approved, the next ones published or planned, a few cancelled), the agencies invited
 * (the area's member agencies), a few named attendees with the time each accepted the confidentiality
 * statement, and the agendas: each case's item with what the meeting recorded (discussion, agreed risk,
 * decisions, review date). Publishing an agenda shares each case with every invited agency, as
 * {@code AgendaService} does; building, sharing, recording and approving are in the processing log.
 */
final class MeetingStep implements GenerationStep {

    @Override
    public String title() {
        return "Meetings";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        List<MeetingPlan> meetings = new ArrayList<>();
        force.series.forEach(series -> meetings.addAll(series.meetings));
        Progress.Step bar = context.bar(meetings.size(), "meetings");
        SplittableRandom random = context.random("meetings");
        SplittableRandom words = context.random("minutes");

        GenerationContext.Rows seriesRows = context.rows("meeting_series", "id", "version", "created_at", "modified_at",
                "area_id", "first_meeting_on", "start_time", "venue", "online_link", "default_slot_minutes", "agenda_order");
        long newSeries = force.series.stream().filter(series -> !series.existing).count();
        long nextSeries = context.ids("meeting_series", newSeries);
        for (SeriesPlan series : force.series) {
            if (series.existing) {
                continue;
            }
            series.id = nextSeries++;
            seriesRows.row().add(series.id).add(0).add(series.created).add(series.created).add(series.area.id)
                    .add(series.firstMeetingOn).add(series.startTime.toString() + ":00").add(series.venue)
                    .add(series.onlineLink).add(series.slotMinutes).add(series.ordering.encode()).endRow();
        }
        seriesRows.flush();

        long nextMeeting = context.ids("meeting", meetings.size());
        long items = meetings.stream().mapToLong(m -> m.items.size()).sum();
        long nextItem = context.ids("agenda_item", items);
        for (MeetingPlan meeting : meetings) {
            meeting.id = nextMeeting++;
            for (ItemPlan item : meeting.items) {
                item.id = nextItem++;
            }
        }
        agreeRisks(force, random);

        GenerationContext.Rows meetingRows = context.rows("meeting", "id", "version", "created_at", "modified_at",
                "series_id", "area_id", "occurrence", "starts_at", "venue", "online_link", "status", "moved", "cancel_reason",
                "agenda_changed_at", "published_at", "started_at", "concluded_at", "current_item_id",
                "current_item_started_at", "minute_taker_id", "minutes_notes", "minutes_approved_at",
                "minutes_approved_by_id", "approved_minutes_pdf");
        GenerationContext.Rows invitations = context.rows("meeting_agency", "meeting_id", "agency_id");
        GenerationContext.Rows attendees = context.rows("meeting_attendee", "id", "version", "created_at", "modified_at",
                "meeting_id", "member_id", "agency_id", "status", "apology_note", "confidentiality_accepted_at", "joined_at");
        GenerationContext.Rows agenda = context.rows("agenda_item", "id", "version", "created_at", "modified_at",
                "meeting_id", "case_id", "kind", "position", "slot_minutes", "added_reason", "removed_at", "removed_reason",
                "discussed", "time_used_seconds", "discussion", "agreed_risk", "decisions", "review_on");
        GenerationContext.Rows shares = context.rows("case_share", "id", "version", "created_at", "modified_at", "case_id",
                "agency_id", "source", "source_id", "ended_at");
        Logged logged = new Logged();
        for (MeetingPlan meeting : meetings) {
            MeetingStatus status = meeting.status(force.until);
            boolean held = status.isHeld();
            MemberInfo chair = meeting.series.area.chair;
            List<Attendance> named = status == MeetingStatus.CANCELLED ? List.of() : attendance(meeting, status, force, random);
            MemberInfo minuteTaker = held ? named.stream().filter(a -> a.status == AttendanceStatus.PRESENT)
                    .map(a -> a.member).filter(m -> m != chair && m.agency() == chair.agency()).findFirst().orElse(null) : null;
            Instant modified = latest(meeting.created, meeting.cancelledAt, meeting.publishedAt, meeting.concludedAt,
                    meeting.minutesApprovedAt);
            int version = (meeting.publishedAt != null ? 2 : 0) + (meeting.cancelled() ? 1 : 0)
                    + (held ? 2 + meeting.items.size() : 0) + (meeting.minutesApprovedAt != null ? 1 : 0);
            meetingRows.row().add(meeting.id).add(version).add(meeting.created).add(modified).add(meeting.series.id)
                    .add(meeting.series.area.id).add(meeting.occurrence).add(meeting.startsAt).add(meeting.series.venue)
                    .add(meeting.series.onlineLink).add(status).add(meeting.moved).add(meeting.cancelReason)
                    .add(meeting.publishedAt).add(meeting.publishedAt).add(meeting.startedAt).add(meeting.concludedAt)
                    .add((Long) null).add((Instant) null).add(minuteTaker == null ? null : minuteTaker.id())
                    .add(held && Vocabulary.chance(words, 0.6) ? Vocabulary.pick(words, Vocabulary.MINUTES_NOTES) : null)
                    .add(meeting.minutesApprovedAt).add(meeting.minutesApprovedAt == null ? null : chair.id())
                    .add((String) null).endRow();
            for (AgencyInfo agency : meeting.series.area.memberAgencies) {
                invitations.row().add(meeting.id).add(agency.id).endRow();
            }
            for (Attendance attendee : named) {
                attendees.row().add(context.ids("meeting_attendee", 1)).add(attendee.accepted != null ? 1 : 0)
                        .add(meeting.created).add(latest(meeting.created, attendee.accepted, attendee.joined))
                        .add(meeting.id).add(attendee.member.id()).add(attendee.member.agency().id).add(attendee.status)
                        .add(attendee.apology).add(attendee.accepted).add(attendee.joined).endRow();
            }
            if (meeting.publishedAt != null) {
                logged.built.add(meeting);
            }
            if (meeting.minutesApprovedAt != null) {
                logged.approved.add(meeting);
            }
            for (ItemPlan item : meeting.items) {
                writeItem(item, meeting, force, words, agenda);
                if (item.discussed()) {
                    logged.recorded.add(item);
                }
                for (AgencyInfo agency : meeting.series.area.memberAgencies) {
                    if (agency == item.maracCase.agency) {
                        continue;
                    }
                    // Shares made by a held meeting last until the case closes; the policy ignores those of closed cases.
                    shares.row().add(context.ids("case_share", 1)).add(0).add(meeting.publishedAt)
                            .add(item.removed() ? item.removedAt : meeting.publishedAt).add(item.maracCase.id).add(agency.id)
                            .add(ShareSource.MEETING_AGENDA).add(item.id).add(item.removedAt).endRow();
                    logged.shareItems.add(item);
                    logged.shareAgencies.add(agency);
                }
            }
            bar.advance(1);
        }
        meetingRows.flush();
        invitations.flush();
        attendees.flush();
        agenda.flush();
        shares.flush();
        registerLogEvents(force, logged);
        bar.finish();
    }

    /**
     * The risk each meeting agreed: at first the endorsed level (now and then a level apart), then lower at
     * some reviews, down to the final risk at the meeting that decided to close the case.
     */
    private static void agreeRisks(Force force, SplittableRandom random) {
        for (CasePlan plan : force.cases) {
            RiskLevel current = plan.endorsedRisk != null ? plan.endorsedRisk : RiskLevel.HIGH;
            if (Vocabulary.chance(random, 0.12)) {
                current = current == RiskLevel.HIGH ? RiskLevel.MEDIUM
                        : current == RiskLevel.STANDARD || random.nextBoolean() ? RiskLevel.values()[current.ordinal() + 1]
                        : RiskLevel.STANDARD;
            }
            RiskLevel floor = plan.finalRisk != null ? plan.finalRisk : RiskLevel.STANDARD;
            boolean first = true;
            for (ItemPlan item : plan.items) {
                if (!item.discussed()) {
                    continue;
                }
                if (item.closing) {
                    current = plan.finalRisk;
                } else if (!first && current.compareTo(floor) > 0 && Vocabulary.chance(random, 0.35)) {
                    current = RiskLevel.values()[current.ordinal() - 1];
                }
                item.agreedRisk = current;
                first = false;
            }
        }
    }

    private static void writeItem(ItemPlan item, MeetingPlan meeting, Force force, SplittableRandom words,
            GenerationContext.Rows agenda) {
        boolean first = item.kind != AgendaItemKind.REVIEW;
        Instant built = meeting.publishedAt.minusSeconds(600);
        Instant recorded = item.discussed() ? item.discussedAt.plusSeconds(item.timeUsedSeconds) : null;
        String decisions = !item.discussed() ? null
                : item.closing ? Vocabulary.CLOSING_DECISIONS.get(closingDecision(item.maracCase.closureReason, words))
                : Vocabulary.pick(words, first ? Vocabulary.FIRST_DECISIONS : Vocabulary.REVIEW_DECISIONS);
        agenda.row().add(item.id).add((item.discussed() ? 2 : 0) + (item.removed() ? 1 : 0)).add(built)
                .add(latest(built, item.removedAt, recorded)).add(meeting.id).add(item.maracCase.id).add(item.kind)
                .add(item.position).add(meeting.series.slotMinutes).add((String) null).add(item.removedAt)
                .add(item.removedReason).add(item.discussed()).add(item.timeUsedSeconds)
                .add(item.discussed() ? Vocabulary.pick(words, first ? Vocabulary.FIRST_DISCUSSIONS : Vocabulary.REVIEW_DISCUSSIONS) : null)
                .add(item.agreedRisk).add(decisions)
                .add(item.discussed() && !item.closing ? meeting.day().plusWeeks(meeting.series.area.cadenceWeeks) : null)
                .endRow();
    }

    private static int closingDecision(ClosureReason reason, SplittableRandom words) {
        return switch (reason) {
            case VICTIM_MOVED_AWAY -> 2;
            case VICTIM_DECLINED_SUPPORT -> 3;
            case RISK_REDUCED, OTHER -> words.nextInt(2);
        };
    }

    /** Someone named for a meeting, and how they took part. */
    private static final class Attendance {
        final MemberInfo member;
        AttendanceStatus status = AttendanceStatus.INVITED;
        String apology;
        Instant accepted;
        Instant joined;

        Attendance(MemberInfo member) {
            this.member = member;
        }
    }

    /**
     * The chair and one member from each of a few invited agencies. At a held meeting most were present (each
     * accepted the confidentiality statement when reading the agenda or on joining) and some sent apologies;
     * for a published agenda some have read it already.
     */
    private static List<Attendance> attendance(MeetingPlan meeting, MeetingStatus status, Force force, SplittableRandom random) {
        MemberInfo chair = meeting.series.area.chair;
        Set<MemberInfo> members = new LinkedHashSet<>();
        members.add(chair);
        List<AgencyInfo> agencies = meeting.series.area.memberAgencies.stream().filter(a -> !a.caseWorkers().isEmpty()).toList();
        int wanted = Math.min(agencies.size(), 3 + random.nextInt(4));
        for (int tries = 0; members.size() <= wanted && tries < wanted * 4; tries++) {
            AgencyInfo agency = Vocabulary.pick(random, agencies);
            if (members.stream().noneMatch(m -> m != chair && m.agency() == agency)) {
                members.add(Vocabulary.pick(random, agency.caseWorkers()));
            }
        }
        List<Attendance> named = new ArrayList<>();
        long notice = meeting.publishedAt == null ? 0 : meeting.startsAt.getEpochSecond() - meeting.publishedAt.getEpochSecond();
        for (MemberInfo member : members) {
            Attendance attendee = new Attendance(member);
            named.add(attendee);
            Instant read = meeting.publishedAt == null ? null
                    : meeting.publishedAt.plusSeconds((long) (notice * random.nextDouble() * 0.95));
            if (status.isHeld()) {
                if (member != chair && Vocabulary.chance(random, 0.12)) {
                    attendee.status = AttendanceStatus.APOLOGIES;
                    attendee.apology = Vocabulary.pick(random, Vocabulary.APOLOGIES);
                    attendee.accepted = Vocabulary.chance(random, 0.4) ? read : null;
                } else {
                    attendee.status = AttendanceStatus.PRESENT;
                    attendee.joined = meeting.startedAt.plusSeconds(random.nextInt(600));
                    attendee.accepted = Vocabulary.chance(random, 0.7) ? read : attendee.joined.minusSeconds(20 + random.nextInt(60));
                }
            } else if (status == MeetingStatus.AGENDA_PUBLISHED && read != null && read.isBefore(force.until)
                    && Vocabulary.chance(random, member == chair ? 1 : 0.5)) {
                attendee.accepted = read;
            }
        }
        return named;
    }

    /** What a meeting's processing logged, for the log step. */
    private static final class Logged {
        final List<MeetingPlan> built = new ArrayList<>();
        final List<MeetingPlan> approved = new ArrayList<>();
        final List<ItemPlan> recorded = new ArrayList<>();
        final List<ItemPlan> shareItems = new ArrayList<>();
        final List<AgencyInfo> shareAgencies = new ArrayList<>();
    }

    /** As AgendaService (built, shared on publication), LiveMeetingService (outcome) and MinutesService (approved) log. */
    private static void registerLogEvents(Force force, Logged logged) {
        LogEvents log = force.log;
        int built = log.kind((ref, at, r) -> {
            MeetingPlan meeting = logged.built.get(ref);
            List<ItemPlan> items = meeting.items;
            return agendaEntry(meeting, at, ProcessingOperation.CONSULTATION, "MEETING_AGENDA", items,
                    "agenda built: " + items.size() + " cases added");
        });
        int shared = log.kind((ref, at, r) -> {
            ItemPlan item = logged.shareItems.get(ref);
            MemberInfo chair = item.meeting.series.area.chair;
            return new BulkChainWriter.Item(at, chair.id(), chair.agency().id, ProcessingOperation.DISCLOSURE, "CASE",
                    item.maracCase.id, item.maracCase.personIds(), logged.shareAgencies.get(ref).id, "shared: meeting_agenda");
        });
        int recorded = log.kind((ref, at, r) -> {
            ItemPlan item = logged.recorded.get(ref);
            MemberInfo chair = item.meeting.series.area.chair;
            return new BulkChainWriter.Item(at, chair.id(), chair.agency().id, ProcessingOperation.COLLECTION, "AGENDA_ITEM",
                    item.id, item.maracCase.personIds(), null, "meeting " + item.meeting.id + ", case " + item.maracCase.id);
        });
        int approved = log.kind((ref, at, r) -> {
            MeetingPlan meeting = logged.approved.get(ref);
            List<ItemPlan> discussed = meeting.items.stream().filter(ItemPlan::discussed).toList();
            return agendaEntry(meeting, at, ProcessingOperation.ALTERATION, "MEETING_MINUTES", discussed, "minutes approved");
        });
        for (int i = 0; i < logged.built.size(); i++) {
            log.add(built, logged.built.get(i).publishedAt.minusSeconds(600), i);
        }
        for (int i = 0; i < logged.shareItems.size(); i++) {
            log.add(shared, logged.shareItems.get(i).meeting.publishedAt, i);
        }
        for (int i = 0; i < logged.recorded.size(); i++) {
            ItemPlan item = logged.recorded.get(i);
            log.add(recorded, item.discussedAt.plusSeconds(item.timeUsedSeconds), i);
        }
        for (int i = 0; i < logged.approved.size(); i++) {
            log.add(approved, logged.approved.get(i).minutesApprovedAt, i);
        }
    }

    /** One entry naming a meeting's cases and all their people, by the area's chair. */
    private static BulkChainWriter.Item agendaEntry(MeetingPlan meeting, Instant at, ProcessingOperation operation,
            String subject, List<ItemPlan> items, String detail) {
        MemberInfo chair = meeting.series.area.chair;
        List<Long> people = new ArrayList<>();
        items.forEach(item -> people.addAll(item.maracCase.personIds()));
        return new BulkChainWriter.Item(at, chair.id(), chair.agency().id, operation, subject, meeting.id, people, null,
                detail + "; cases " + items.stream().map(item -> String.valueOf(item.maracCase.id)).collect(Collectors.joining(",")));
    }

    private static Instant latest(Instant... moments) {
        Instant latest = null;
        for (Instant moment : moments) {
            if (moment != null && (latest == null || moment.isAfter(latest))) {
                latest = moment;
            }
        }
        return latest;
    }
}
