package org.marac.portal.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marac.portal.meeting.AgendaItemKind;
import org.marac.portal.meeting.AgendaOrdering;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.EligibilityRoute;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.AgencyType;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.partner.Role;

/**
 * The data set being generated, as the steps share it: the partnership, and every case with its timeline,
 * people and assessments, plus the log events of their processing. Only what later steps need is kept in
 * memory; the rows themselves go straight to the database.
 */
final class Force {

    final GeneratorOptions options;
    /** The window: ten years ending at the start of {@code options.until()} (UTC). */
    final Instant from;
    final Instant until;
    final List<AgencyInfo> agencies = new ArrayList<>();
    final List<AreaInfo> areas = new ArrayList<>();
    final List<MemberInfo> members = new ArrayList<>();
    /** The data protection officer who searches and exports the log. */
    MemberInfo dataProtectionOfficer;
    final List<CasePlan> cases = new ArrayList<>();
    final List<AssessmentPlan> assessments = new ArrayList<>();
    /** Each area's MARAC series with its meetings, in the order of the areas. */
    final List<SeriesPlan> series = new ArrayList<>();
    long questionSetId;
    long[] questionIds = new long[0];
    final LogEvents log;
    /** The chain's head after the last entry written. */
    volatile String chainHead;

    Force(GeneratorOptions options) {
        this.options = options;
        this.until = options.until().atStartOfDay(ZoneOffset.UTC).toInstant();
        this.from = options.until().minusYears(GeneratorOptions.YEARS).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.log = new LogEvents(from, until);
    }

    /** How many of something a force has, at this run's scale; never fewer than {@code minimum}. */
    int scaled(double atFullScale, int minimum) {
        return (int) Math.max(minimum, Math.round(atFullScale * options.scale()));
    }

    LocalDate lastDay() {
        return options.until().minusDays(1);
    }

    static final class AgencyInfo {
        final long id;
        final String name;
        final AgencyType type;
        final List<MemberInfo> practitioners = new ArrayList<>();
        final List<MemberInfo> supervisors = new ArrayList<>();
        /** Share of the force's nominations. */
        double nominationWeight;

        AgencyInfo(long id, String name, AgencyType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        /** Practitioners, supervisors and leads: who sees the agency's cases. */
        List<MemberInfo> caseWorkers() {
            List<MemberInfo> all = new ArrayList<>(practitioners);
            supervisors.stream().filter(s -> !all.contains(s)).forEach(all::add);
            return all;
        }
    }

    static final class AreaInfo {
        final long id;
        final String name;
        final String town;
        MemberInfo chair;
        ReferralModel referralModel;
        int escalationIncidents;
        int escalationWindowMonths;
        int cadenceWeeks = 6;
        /** The agencies taking part in the area's MARAC: invited to its meetings. */
        final List<AgencyInfo> memberAgencies = new ArrayList<>();
        SeriesPlan series;
        final List<String> localStrands = new ArrayList<>();
        final List<String> wards = new ArrayList<>();
        final List<String> outwardCodes = new ArrayList<>();
        double weight;

        AreaInfo(long id, String name, String town) {
            this.id = id;
            this.name = name;
            this.town = town;
        }
    }

    record MemberInfo(long id, String name, AgencyInfo agency, Set<Role> roles) {
        boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** A person as later steps need them: for repeats, matching and the log. */
    record PersonInfo(long id, String given, String family, LocalDate dateOfBirth, String postcode,
            Vocabulary.Community community, boolean female) {
        java.util.List<String> names() {
            String full = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            return List.of(full);
        }
    }

    /** One case: its timeline, its facts and its people. */
    static final class CasePlan {
        final int index;
        final long id;
        final AreaInfo area;
        final AgencyInfo agency;
        final MemberInfo nominator;
        final Instant created;
        Instant submitted;
        Instant decided;
        /** The first listing on a published agenda. */
        Instant listed;
        Instant closed;
        ClosureReason closureReason;
        RiskLevel finalRisk;
        CpsOutcome cpsOutcome;
        String closureNote;
        boolean childrenInHousehold;
        /** The agenda items that listed the case, in meeting order. */
        final List<ItemPlan> items = new ArrayList<>();
        /** Its status changes once accepted (listings, actions, reviews, closure), in time order. */
        final List<StatusChange> changes = new ArrayList<>();
        CaseStatus status = CaseStatus.DRAFT;
        boolean accepted;
        String reference;
        Strand primaryStrand;
        Strand secondaryStrand;
        String religion;
        String localStrand;
        /** The share of its incidents that happened online. */
        double cyberShare;
        Vocabulary.Community community;
        /** Incident times, oldest first, as epoch seconds. */
        long[] incidentTimes = new long[0];
        RiskLevel endorsedRisk;
        boolean professionalJudgement;
        EligibilityRoute route;
        CasePlan repeatOf;
        boolean possibleMatch;
        int draftSaves;
        /** The people, victim first: their ids are consecutive from {@code firstPersonId}. */
        long firstPersonId;
        int people;
        PersonInfo victim;
        final List<PersonInfo> perpetrators = new ArrayList<>();
        final List<Suggestion> suggestions = new ArrayList<>();
        final List<AssessmentPlan> assessments = new ArrayList<>();

        CasePlan(int index, long id, AreaInfo area, AgencyInfo agency, MemberInfo nominator, Instant created) {
            this.index = index;
            this.id = id;
            this.area = area;
            this.agency = agency;
            this.nominator = nominator;
            this.created = created;
        }

        /** A repeat once the chair has confirmed the victim is the earlier case's. */
        boolean isRepeat() {
            return repeatOf != null && decided != null;
        }

        List<Long> personIds() {
            List<Long> ids = new ArrayList<>(people);
            for (int i = 0; i < people; i++) {
                ids.add(firstPersonId + i);
            }
            return ids;
        }

        /** When the case stops being worked on: closure, a decline, or an abandoned draft. */
        Instant activeUntil(Instant end) {
            Instant last = closed != null ? closed
                    : status == CaseStatus.DECLINED ? decided
                    : status == CaseStatus.DRAFT ? created.plusSeconds(30L * 86_400) : end;
            return last.isAfter(end) ? end : last;
        }

        boolean visibleToChairAt(Instant at) {
            return submitted != null && !submitted.isAfter(at);
        }

        Set<Strand> strands() {
            Set<Strand> strands = EnumSet.of(primaryStrand);
            if (secondaryStrand != null) {
                strands.add(secondaryStrand);
            }
            return strands;
        }
    }

    /** A change of a case's status in MARAC, as {@code case_event} records it. */
    record StatusChange(CaseStatus status, Instant at, String note) {
    }

    /**
     * An area's MARAC series: occurrence n falls n times the cadence after the first meeting, at the usual
     * time (UK). An existing series (the demo area's, say) is used as it is and its meetings are left alone.
     */
    static final class SeriesPlan {
        final AreaInfo area;
        long id;
        boolean existing;
        Instant created;
        LocalDate firstMeetingOn;
        LocalTime startTime;
        String venue;
        String onlineLink;
        int slotMinutes = org.marac.portal.meeting.MeetingSeries.DEFAULT_SLOT_MINUTES;
        AgendaOrdering ordering = AgendaOrdering.DEFAULT;
        /** Occurrences in order of their start. */
        final List<MeetingPlan> meetings = new ArrayList<>();

        SeriesPlan(AreaInfo area) {
            this.area = area;
        }

        java.time.ZonedDateTime occurrenceStart(int occurrence) {
            return firstMeetingOn.plusWeeks((long) occurrence * area.cadenceWeeks).atTime(startTime).atZone(Calendar.UK);
        }
    }

    /** One occurrence of a series: when it was planned, published, held and its minutes approved, and its agenda. */
    static final class MeetingPlan {
        final SeriesPlan series;
        final int occurrence;
        long id;
        Instant created;
        Instant startsAt;
        boolean moved;
        String cancelReason;
        Instant cancelledAt;
        /** When the agenda is published (about a week ahead); at or after the end of the data: not yet. */
        Instant publishedAt;
        Instant startedAt;
        Instant concludedAt;
        Instant minutesApprovedAt;
        final List<ItemPlan> items = new ArrayList<>();

        MeetingPlan(SeriesPlan series, int occurrence, Instant startsAt) {
            this.series = series;
            this.occurrence = occurrence;
            this.startsAt = startsAt;
        }

        boolean cancelled() {
            return cancelReason != null;
        }

        /** Its agenda was published before the end of the data. */
        boolean published(Instant end) {
            return !cancelled() && publishedAt != null && publishedAt.isBefore(end);
        }

        /** It took place before the end of the data (a meeting with nothing on its agenda is cancelled). */
        boolean held(Instant end) {
            return published(end) && startsAt.isBefore(end);
        }

        MeetingStatus status(Instant end) {
            if (cancelled()) {
                return MeetingStatus.CANCELLED;
            }
            if (held(end)) {
                return minutesApprovedAt != null ? MeetingStatus.MINUTES_APPROVED : MeetingStatus.CONCLUDED;
            }
            return published(end) ? MeetingStatus.AGENDA_PUBLISHED : MeetingStatus.SCHEDULED;
        }

        java.time.LocalDate day() {
            return startsAt.atZone(Calendar.UK).toLocalDate();
        }
    }

    /** A case on a meeting's agenda and what the meeting did with it. */
    static final class ItemPlan {
        final MeetingPlan meeting;
        final CasePlan maracCase;
        final AgendaItemKind kind;
        long id;
        int position;
        Instant removedAt;
        String removedReason;
        /** When the meeting came to the case, and how long it took. */
        Instant discussedAt;
        int timeUsedSeconds;
        /** Actions the meeting agreed for the case, and when the first was set. */
        int newActions;
        Instant actionsAt;
        /** The meeting decided to close the case. */
        boolean closing;
        RiskLevel agreedRisk;

        ItemPlan(MeetingPlan meeting, CasePlan maracCase, AgendaItemKind kind) {
            this.meeting = meeting;
            this.maracCase = maracCase;
            this.kind = kind;
        }

        boolean removed() {
            return removedAt != null;
        }

        boolean discussed() {
            return discussedAt != null;
        }
    }

    /** A possible same person found at submission, and the chair's decision. */
    record Suggestion(long personId, PersonInfo existing, double score, String reasons, boolean confirmed,
            Instant decidedAt) {
    }

    /** One version of a case's risk assessment. */
    static final class AssessmentPlan {
        long id;
        final CasePlan maracCase;
        final int number;
        final MemberInfo assessor;
        final Instant created;
        Instant submitted;
        Instant endorsed;
        MemberInfo supervisor;
        RiskLevel assessorLevel;
        RiskLevel endorsedLevel;
        String endorsementReason;
        int saves;

        AssessmentPlan(CasePlan maracCase, int number, MemberInfo assessor, Instant created) {
            this.maracCase = maracCase;
            this.number = number;
            this.assessor = assessor;
            this.created = created;
        }

        org.marac.portal.nomination.AssessmentStatus status() {
            return endorsed != null ? org.marac.portal.nomination.AssessmentStatus.ENDORSED
                    : submitted != null ? org.marac.portal.nomination.AssessmentStatus.AWAITING_ENDORSEMENT
                    : org.marac.portal.nomination.AssessmentStatus.DRAFT;
        }
    }
}
