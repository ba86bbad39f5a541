package org.marac.portal.generator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.marac.portal.generator.Force.AreaInfo;
import org.marac.portal.generator.Force.CasePlan;
import org.marac.portal.generator.Force.ItemPlan;
import org.marac.portal.generator.Force.MeetingPlan;
import org.marac.portal.generator.Force.SeriesPlan;
import org.marac.portal.generator.Force.StatusChange;
import org.marac.portal.meeting.AgendaItemKind;
import org.marac.portal.meeting.AgendaOrdering;
import org.marac.portal.nomination.CaseStatus;

/**
 * The MARAC meetings the cases go through, planned with the cases because they decide the cases' timelines:
 * each area's series (every six weeks, or the area's cadence) across the ten years and a few occurrences ahead;
 * each accepted case listed on the first agenda published (about a week before its meeting) after the chair
 * accepted it, discussed there and given actions, then back for review at each following meeting until the
 * meeting decides to close it; and the case's status changes as the meeting and action services make them
 * (LISTED at each publication, ACTIONS_OPEN when an action is set, UNDER_REVIEW when a meeting concludes
 * without new actions, CLOSED a few days after the meeting that decided it). {@link MeetingStep} writes the
 * meetings, {@link ActionStep} the actions they agreed.
 */
final class MeetingPlanner {

    /** Occurrences planned beyond the end of the data, as a chair plans ahead. */
    static final int PLANNED_AHEAD = 3;
    private static final long DAY = CaseStep.DAY;
    /** How many review meetings a case has before the meeting that closes it: one to four. */
    private static final double[] REVIEWS = {35, 35, 20, 10};
    /** Actions agreed when a case is first discussed: one to four. */
    private static final double[] FIRST_ACTIONS = {35, 32.5, 19.5, 13};
    /** The longest a meeting's agenda takes, give or take. */
    private static final int MEETING_SECONDS = 5 * 3600;

    private final Force force;
    private final SplittableRandom random;

    MeetingPlanner(Force force, SplittableRandom random) {
        this.force = force;
        this.random = random;
    }

    /** Every area's series and occurrences; an area's existing series is kept and its meetings left as they are. */
    void planSeries(GenerationContext context) throws SQLException {
        Map<Long, SeriesPlan> existing = readExistingSeries(context);
        Map<Long, Set<Integer>> taken = readTakenOccurrences(context);
        for (AreaInfo area : force.areas) {
            SeriesPlan series = existing.get(area.id);
            if (series == null) {
                series = new SeriesPlan(area);
                LocalDate firstDay = force.from.atZone(Calendar.UK).toLocalDate().plusDays(random.nextInt(area.cadenceWeeks * 7));
                series.firstMeetingOn = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(2 + random.nextInt(3))));
                series.startTime = Vocabulary.pick(random, Vocabulary.MEETING_TIMES);
                series.venue = Vocabulary.pick(random, Vocabulary.MEETING_VENUES).formatted(area.town);
                series.onlineLink = Vocabulary.chance(random, 0.7) ? "https://meet.example.org/"
                        + area.name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-marac" : null;
                series.created = Calendar.workingMoment(series.firstMeetingOn.minusWeeks(4), random);
            }
            plan(series, taken.getOrDefault(series.id, Set.of()));
            area.series = series;
            force.series.add(series);
        }
    }

    private void plan(SeriesPlan series, Set<Integer> taken) {
        int cadence = series.area.cadenceWeeks;
        LocalDate fromDay = force.from.atZone(Calendar.UK).toLocalDate();
        // A new series starts with the generated period; an existing one is continued backwards to it.
        int occurrence = series.existing ? (int) Math.floorDiv(ChronoUnit.DAYS.between(series.firstMeetingOn, fromDay), cadence * 7L) : 0;
        while (series.occurrenceStart(occurrence).toInstant().isBefore(force.from)) {
            occurrence++;
        }
        for (int ahead = 0; ahead < PLANNED_AHEAD; occurrence++) {
            Instant start = series.occurrenceStart(occurrence).toInstant();
            if (!start.isBefore(force.until)) {
                ahead++;
            }
            if (taken.contains(occurrence)) {
                continue;
            }
            series.meetings.add(occurrence(series, occurrence, start));
        }
    }

    /** One occurrence: moved out of the Christmas holidays or by a day now and then, rarely cancelled. */
    private MeetingPlan occurrence(SeriesPlan series, int occurrence, Instant start) {
        MeetingPlan meeting = new MeetingPlan(series, occurrence, start);
        int cadence = series.area.cadenceWeeks;
        LocalDate day = meeting.day();
        MonthDay monthDay = MonthDay.from(day);
        boolean holidays = monthDay.isAfter(MonthDay.of(12, 21)) || monthDay.isBefore(MonthDay.of(1, 3));
        if (holidays && cadence >= 3) {
            moveTo(meeting, day.plusWeeks(1));
        } else if (Vocabulary.chance(random, 0.03)) {
            moveTo(meeting, day.plusDays(random.nextBoolean() ? 1 : -1));
        }
        Instant planned = meeting.startsAt.minusSeconds(3L * cadence * 7 * DAY);
        meeting.created = !series.existing && planned.isBefore(series.created) ? series.created : planned;
        if (!meeting.created.isBefore(force.until)) {
            meeting.created = force.until.minusSeconds(DAY + random.nextInt(3600));
        }
        if (meeting.startsAt.isBefore(force.until) && Vocabulary.chance(random, 0.015)) {
            meeting.cancelReason = Vocabulary.pick(random, Vocabulary.MEETING_CANCELLATIONS);
            meeting.cancelledAt = meeting.startsAt.minusSeconds((3 + random.nextInt(8)) * DAY);
        } else {
            meeting.publishedAt = Calendar.workingMoment(meeting.day().minusDays(cadence >= 2 ? 7 : 3), random);
        }
        return meeting;
    }

    private static void moveTo(MeetingPlan meeting, LocalDate day) {
        meeting.startsAt = day.atTime(meeting.series.startTime).atZone(Calendar.UK).toInstant();
        meeting.moved = true;
    }

    /**
     * Lists an accepted case: first at the first meeting whose agenda is published after the chair accepted
     * it (rarely removed there and heard at the next), then for review at each following meeting until the one
     * that decides to close it. Sets the case's first listing and closure.
     */
    void list(CasePlan plan) {
        List<MeetingPlan> meetings = plan.area.series.meetings;
        Instant ready = plan.decided.plusSeconds(2 * 3600);
        MeetingPlan first = null;
        for (int i = firstStartingAfter(meetings, ready); i < meetings.size() && first == null; i++) {
            MeetingPlan candidate = meetings.get(i);
            if (!candidate.cancelled() && !candidate.publishedAt.isBefore(ready)) {
                first = candidate;
            }
        }
        long longestWait = (2L * plan.area.cadenceWeeks * 7 + 14) * DAY;
        if (first == null || !first.published(force.until) || first.startsAt.isAfter(ready.plusSeconds(longestWait))) {
            // Not yet listed; or, adding to a database whose series already has these occurrences, never.
            return;
        }
        AgendaItemKind kind = plan.isRepeat() ? AgendaItemKind.REPEAT : AgendaItemKind.NEW;
        plan.listed = first.publishedAt;
        ItemPlan current = add(first, plan, kind);
        MeetingPlan instead = following(first);
        if (Vocabulary.chance(random, 0.02) && instead != null && instead.published(force.until)) {
            long notice = first.startsAt.getEpochSecond() - first.publishedAt.getEpochSecond();
            current.removedAt = first.publishedAt.plusSeconds((long) (notice * (0.2 + 0.6 * random.nextDouble())));
            current.removedReason = Vocabulary.pick(random, Vocabulary.ITEM_REMOVALS);
            current = add(instead, plan, kind);
        }
        if (!current.meeting.startsAt.isBefore(force.until)) {
            return;
        }
        current.newActions = 1 + Vocabulary.weighted(random, FIRST_ACTIONS);
        int reviews = 1 + Vocabulary.weighted(random, REVIEWS);
        int reviewed = 0;
        while (true) {
            MeetingPlan next = following(current.meeting);
            if (reviewed >= reviews) {
                Instant closed = closingMoment(current.meeting);
                if (closed.isBefore(force.until) && (next == null || closed.isBefore(next.publishedAt))) {
                    current.closing = true;
                    plan.closed = closed;
                    return;
                }
            }
            if (next == null || !next.published(force.until)) {
                return;
            }
            current = add(next, plan, AgendaItemKind.REVIEW);
            reviewed++;
            if (!next.startsAt.isBefore(force.until)) {
                return;
            }
            current.newActions = reviewed < reviews && Vocabulary.chance(random, 0.25) ? 1 + (Vocabulary.chance(random, 0.3) ? 1 : 0) : 0;
        }
    }

    /** The chair closes the case on a working day soon after the meeting, before the next agenda is built. */
    private Instant closingMoment(MeetingPlan meeting) {
        int cadenceDays = meeting.series.area.cadenceWeeks * 7;
        int latest = Math.max(1, Math.min(4, cadenceDays - 9));
        LocalDate day = meeting.day().plusDays(1 + random.nextInt(latest));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return Calendar.workingMoment(day, random);
    }

    private static ItemPlan add(MeetingPlan meeting, CasePlan plan, AgendaItemKind kind) {
        ItemPlan item = new ItemPlan(meeting, plan, kind);
        meeting.items.add(item);
        plan.items.add(item);
        return item;
    }

    /** The next occurrence of the series that is not cancelled, if planned. */
    private static MeetingPlan following(MeetingPlan meeting) {
        List<MeetingPlan> meetings = meeting.series.meetings;
        for (int i = meetings.indexOf(meeting) + 1; i < meetings.size(); i++) {
            if (!meetings.get(i).cancelled()) {
                return meetings.get(i);
            }
        }
        return null;
    }

    private static int firstStartingAfter(List<MeetingPlan> meetings, Instant at) {
        int low = 0;
        int high = meetings.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (!meetings.get(middle).startsAt.isAfter(at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Once every case is listed: a meeting whose agenda came to nothing is cancelled, each agenda is put in
     * the series' order, and each meeting held before the end of the data runs through its cases (a slot
     * each, more or less), concludes, and has its minutes approved some days later. Then each case's status
     * changes follow.
     */
    void hold() {
        for (SeriesPlan series : force.series) {
            for (MeetingPlan meeting : series.meetings) {
                if (!meeting.cancelled()) {
                    hold(series, meeting);
                }
            }
        }
        for (CasePlan plan : force.cases) {
            if (plan.accepted) {
                changes(plan);
            }
        }
    }

    private void hold(SeriesPlan series, MeetingPlan meeting) {
        List<ItemPlan> listed = meeting.items.stream().filter(item -> !item.removed()).toList();
        if (!meeting.published(force.until)) {
            meeting.publishedAt = null;
            return;
        }
        if (listed.isEmpty()) {
            meeting.cancelReason = Vocabulary.NOTHING_DUE;
            meeting.cancelledAt = meeting.publishedAt;
            if (meeting.items.isEmpty()) {
                meeting.publishedAt = null;
            }
            return;
        }
        List<ItemPlan> ordered = new ArrayList<>(series.ordering.sort(listed, item -> new AgendaOrdering.Facts(
                item.maracCase.id, item.kind, item.maracCase.childrenInHousehold, item.maracCase.endorsedRisk,
                item.maracCase.decided)));
        meeting.items.stream().filter(ItemPlan::removed).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = i + 1;
        }
        if (!meeting.startsAt.isBefore(force.until)) {
            return;
        }
        meeting.startedAt = meeting.startsAt.plusSeconds(random.nextInt(480));
        Instant at = meeting.startedAt.plusSeconds(120 + random.nextInt(300));
        // A long agenda is heard faster: a meeting runs for about five hours at most, and ends the same day.
        double perItem = Math.min(series.slotMinutes * 60.0, MEETING_SECONDS / (double) listed.size());
        for (ItemPlan item : ordered) {
            if (item.removed()) {
                continue;
            }
            item.discussedAt = at;
            item.timeUsedSeconds = (int) Math.max(120, perItem * (0.5 + 1.1 * random.nextDouble()));
            if (item.newActions > 0) {
                // The first action is set during the discussion; ActionStep sets the others within a few minutes.
                item.actionsAt = at.plusSeconds(60 + random.nextInt(item.timeUsedSeconds / 3));
            }
            at = at.plusSeconds(item.timeUsedSeconds + 10 + random.nextInt(30));
        }
        meeting.concludedAt = at.plusSeconds(300 + random.nextInt(600));
        LocalDate approvalDay = meeting.day().plusDays(2 + random.nextInt(9));
        Instant approved = Calendar.workingMoment(approvalDay, random);
        meeting.minutesApprovedAt = approved.isBefore(force.until) ? approved : null;
    }

    /** The case's status changes, as AgendaService, ActionService, LiveMeetingService and CaseClosureService make them. */
    private static void changes(CasePlan plan) {
        CaseStatus status = CaseStatus.ACCEPTED;
        for (ItemPlan item : plan.items) {
            MeetingPlan meeting = item.meeting;
            if (status != CaseStatus.LISTED) {
                plan.changes.add(new StatusChange(CaseStatus.LISTED, meeting.publishedAt, "Listed for the MARAC of " + meeting.day()));
                status = CaseStatus.LISTED;
            }
            if (item.removed() || !item.discussed()) {
                continue;
            }
            if (item.newActions > 0) {
                plan.changes.add(new StatusChange(CaseStatus.ACTIONS_OPEN, item.actionsAt, null));
                status = CaseStatus.ACTIONS_OPEN;
            }
            if (status == CaseStatus.LISTED) {
                plan.changes.add(new StatusChange(CaseStatus.UNDER_REVIEW, meeting.concludedAt, "Discussed at the MARAC"));
                status = CaseStatus.UNDER_REVIEW;
            }
        }
        if (plan.closed != null) {
            plan.changes.add(new StatusChange(CaseStatus.CLOSED, plan.closed, plan.closureNote));
            status = CaseStatus.CLOSED;
        }
        plan.status = status;
    }

    // ---- an area's series that exists already (the demo area's) -------------------------------------------

    private Map<Long, SeriesPlan> readExistingSeries(GenerationContext context) throws SQLException {
        Map<Long, AreaInfo> areas = new HashMap<>();
        force.areas.forEach(area -> areas.put(area.id, area));
        return context.call(c -> {
            Map<Long, SeriesPlan> found = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT id, area_id, first_meeting_on, start_time, venue, online_link, default_slot_minutes, agenda_order,
                        created_at FROM meeting_series ORDER BY id""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    AreaInfo area = areas.get(rows.getLong(2));
                    if (area == null) {
                        continue;
                    }
                    SeriesPlan series = new SeriesPlan(area);
                    series.existing = true;
                    series.id = rows.getLong(1);
                    series.firstMeetingOn = rows.getObject(3, LocalDate.class);
                    series.startTime = rows.getObject(4, java.time.LocalTime.class);
                    series.venue = rows.getString(5);
                    series.onlineLink = rows.getString(6);
                    series.slotMinutes = rows.getInt(7);
                    series.ordering = AgendaOrdering.decode(rows.getString(8));
                    series.created = rows.getObject(9, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                    found.put(area.id, series);
                }
            }
            return found;
        });
    }

    private static Map<Long, Set<Integer>> readTakenOccurrences(GenerationContext context) throws SQLException {
        return context.call(c -> {
            Map<Long, Set<Integer>> taken = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT series_id, occurrence FROM meeting WHERE occurrence IS NOT NULL");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    taken.computeIfAbsent(rows.getLong(1), s -> new HashSet<>()).add(rows.getInt(2));
                }
            }
            return taken;
        });
    }
}
