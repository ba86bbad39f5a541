package org.marac.portal.generator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.marac.portal.audit.BulkChainWriter;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.generator.Force.AgencyInfo;
import org.marac.portal.generator.Force.AreaInfo;
import org.marac.portal.generator.Force.AssessmentPlan;
import org.marac.portal.generator.Force.CasePlan;
import org.marac.portal.generator.Force.MemberInfo;
import org.marac.portal.generator.Force.PersonInfo;
import org.marac.portal.generator.Force.StatusChange;
import org.marac.portal.generator.Force.Suggestion;
import org.marac.portal.generator.Vocabulary.Community;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.EligibilityRoute;
import org.marac.portal.nomination.LawfulBasis;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.nomination.VictimSupportChoice;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.person.AccessibleFormat;
import org.marac.portal.person.AgeBand;
import org.marac.portal.person.Disclosure;
import org.marac.portal.person.PersonMatcher;
import org.marac.portal.person.SafeToUse;

/**
 * The cases and their people: 50,000 nominations over ten years at full scale, in the areas' proportions,
 * by the agencies' practitioners, each with a timeline (draft, submission, the chair's decision, and for
 * accepted cases listing, actions, review and closure), the strands of its hate flags (seasonal, and shaped
 * by national events), its people (victim, perpetrators, witnesses, family; about three per case), repeat
 * victims linked to their earlier case, possible same people found at submission and decided by the chair,
 * the name keys matching searches, and references numbered per year without gaps. It also plans the risk
 * assessments, whose endorsed level decides eligibility, and the incident dates, which decide escalation.
 */
final class CaseStep implements GenerationStep {

    static final long DAY = 86_400;
    private static final double[] STRANDS = {60, 13, 15, 8, 4};
    /** Risk reduced, victim moved away, victim declined support, other. */
    private static final double[] CLOSURE_REASONS = {70, 10, 12, 8};
    private static final String[] CASE_COLUMNS = {"id", "version", "created_at", "modified_at", "reference", "area_id",
            "status", "nominating_agency_id", "nominating_member_id", "reason", "actions_so_far",
            "children_in_household", "victim_aware", "victim_consented", "lawful_basis",
            "sharing_without_consent_reason", "referral_model", "victim_support_choice", "professional_judgement",
            "professional_judgement_reason", "endorsed_risk", "eligibility_route", "repeat_case", "repeat_of_case_id",
            "possible_match", "submitted_at", "decided_at", "decided_by_id", "decline_reason", "closed_at",
            "closure_reason", "final_risk", "closure_note", "cps_outcome"};
    private static final String[] PERSON_COLUMNS = {"id", "version", "created_at", "modified_at", "given_name",
            "family_name", "preferred_name", "pronouns", "date_of_birth", "age_band", "address", "postcode", "phone",
            "email", "first_language", "interpreter_needed", "letter_safe", "phone_safe", "safe_contact_hours",
            "safe_contact_via", "vulnerability_notes", "gender_identity_answer", "gender_identity", "ethnicity_answer",
            "ethnicity", "religion_answer", "religion", "sexual_orientation_answer", "sexual_orientation",
            "disability_answer", "disability"};

    private final PersonMatcher matcher = new PersonMatcher();

    @Override
    public String title() {
        return "Cases and people";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        int count = force.scaled(50_000, 1);
        Progress.Step bar = context.bar(count * 2L, "cases (planned, then written)");
        SplittableRandom timing = context.random("timing");
        SplittableRandom facts = context.random("facts");
        SplittableRandom names = context.random("people");
        Calendar calendar = new Calendar(force.from, force.until);
        MeetingPlanner meetings = new MeetingPlanner(force, context.random("meetings"));
        meetings.planSeries(context);

        Instant[] created = new Instant[count];
        for (int i = 0; i < count; i++) {
            created[i] = Calendar.workingMoment(calendar.drawDay(timing), timing);
            if (!created[i].isBefore(force.until)) {
                created[i] = force.until.minusSeconds(3600);
            }
        }
        java.util.Arrays.sort(created);

        List<AgencyInfo> nominating = force.agencies.stream().filter(a -> a.nominationWeight > 0 && !a.practitioners.isEmpty()).toList();
        double[] agencyWeights = nominating.stream().mapToDouble(a -> a.nominationWeight).toArray();
        double[] areaWeights = force.areas.stream().mapToDouble(a -> a.weight).toArray();
        Map<AgencyInfo, double[]> busyness = new HashMap<>();
        for (AgencyInfo agency : nominating) {
            double[] weights = new double[agency.practitioners.size()];
            for (int p = 0; p < weights.length; p++) {
                weights[p] = 0.3 + timing.nextDouble() * timing.nextDouble() * 3;
            }
            busyness.put(agency, weights);
        }

        long firstCaseId = context.ids("marac_case", count);
        People people = new People(context, force, names);
        Map<AreaInfo, List<CasePlan>> byArea = new HashMap<>();
        List<PersonInfo> earlierVictims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AreaInfo area = force.areas.get(Vocabulary.weighted(timing, areaWeights));
            AgencyInfo agency = nominating.get(Vocabulary.weighted(timing, agencyWeights));
            MemberInfo nominator = agency.practitioners.get(Vocabulary.weighted(timing, busyness.get(agency)));
            CasePlan plan = new CasePlan(i, firstCaseId + i, area, agency, nominator, created[i]);
            chooseStrands(plan, facts);
            planTimeline(plan, force, timing, facts, byArea.computeIfAbsent(area, a -> new ArrayList<>()));
            people.write(plan, earlierVictims, byArea.get(area));
            if (plan.repeatOf != null && plan.suggestions.stream().noneMatch(s -> s.personId() == plan.victim.id())) {
                // Matching would not have found the earlier victim, so nobody would know it is a repeat.
                plan.repeatOf = null;
            }
            planAssessments(plan, force, timing, facts);
            plan.childrenInHousehold = Vocabulary.chance(facts, 0.28);
            decide(plan, force, facts, meetings);
            force.cases.add(plan);
            byArea.get(area).add(plan);
            if (plan.victim.given() != null) {
                earlierVictims.add(plan.victim);
            }
            bar.advance(1);
        }
        people.flush();
        meetings.hold();
        number(force, context);
        writeCases(force, context, facts, bar);
        registerLogEvents(force, facts);
        bar.finish();
    }

    private static void chooseStrands(CasePlan plan, SplittableRandom random) {
        LocalDate day = plan.created.atZone(Calendar.UK).toLocalDate();
        Calendar.Spike spike = Calendar.spikeBehind(day, random);
        if (spike != null) {
            plan.primaryStrand = spike.strand();
            plan.community = Vocabulary.pick(random, spike.communities());
            plan.cyberShare = spike.cyberShare();
        } else {
            plan.primaryStrand = Strand.values()[Vocabulary.weighted(random, STRANDS)];
            plan.community = Community.values()[Vocabulary.weighted(random, Vocabulary.VICTIM_COMMUNITIES.get(plan.primaryStrand))];
            plan.cyberShare = switch (plan.primaryStrand) {
                case RACE -> 0.08;
                case RELIGION, SEXUAL_ORIENTATION -> 0.15;
                case TRANSGENDER -> 0.25;
                case DISABILITY -> 0.1;
            };
        }
        if (Vocabulary.chance(random, 0.1)) {
            plan.secondaryStrand = switch (plan.primaryStrand) {
                case RACE -> random.nextDouble() < 0.7 ? Strand.RELIGION : Strand.DISABILITY;
                case RELIGION -> Strand.RACE;
                case SEXUAL_ORIENTATION -> random.nextDouble() < 0.6 ? Strand.TRANSGENDER : Strand.DISABILITY;
                case TRANSGENDER -> Strand.SEXUAL_ORIENTATION;
                case DISABILITY -> random.nextDouble() < 0.5 ? Strand.RACE : Strand.SEXUAL_ORIENTATION;
            };
        }
        if (plan.strands().contains(Strand.RELIGION)) {
            plan.religion = Vocabulary.targetedReligion(plan.community, random);
        }
        if (!plan.area.localStrands.isEmpty() && Vocabulary.chance(random, 0.03)) {
            plan.localStrand = Vocabulary.pick(random, plan.area.localStrands);
        }
    }

    /** Incidents, then the draft, submission, decision and what follows; repeats pick their earlier case. */
    private static void planTimeline(CasePlan plan, Force force, SplittableRandom timing, SplittableRandom facts,
            List<CasePlan> earlierInArea) {
        int incidents = 1 + (facts.nextDouble() < 0.45 ? 0 : facts.nextDouble() < 0.45 ? 1 : facts.nextDouble() < 0.5 ? 2
                : 3 + facts.nextInt(3));
        long[] times = new long[incidents];
        long last = plan.created.getEpochSecond() - (long) ((0.3 + exponential(timing, 6)) * DAY);
        for (int n = incidents - 1; n >= 0; n--) {
            LocalDate day = Instant.ofEpochSecond(last).atZone(Calendar.UK).toLocalDate();
            times[n] = Math.min(Calendar.incidentMoment(day, timing).getEpochSecond(), plan.created.getEpochSecond() - 600);
            last = times[n] - (long) ((1 + exponential(timing, 45)) * DAY);
        }
        plan.incidentTimes = times;

        if (Vocabulary.chance(facts, 0.09)) {
            // A repeat: the victim was on a case in this area closed in the last twelve months.
            long earliest = plan.created.getEpochSecond() - 365 * DAY;
            for (int k = earlierInArea.size() - 1, tried = 0; k >= 0 && tried < 400; k--, tried++) {
                CasePlan earlier = earlierInArea.get(k);
                if (earlier.closed != null && earlier.closed.isBefore(plan.created)
                        && earlier.closed.getEpochSecond() > earliest && earlier.victim.given() != null
                        && facts.nextDouble() < 0.35) {
                    plan.repeatOf = earlier;
                    break;
                }
            }
        }
        plan.draftSaves = Vocabulary.poisson(facts, 1.5);
        boolean abandoned = Vocabulary.chance(facts, 0.015);
        Instant submitted = Calendar.workingMomentAround(plan.created.plusSeconds((long) (exponential(timing, 2.5) * DAY)), timing);
        if (abandoned || !submitted.isBefore(force.until)) {
            return;
        }
        plan.submitted = submitted;
        plan.status = CaseStatus.SUBMITTED;
        Instant decided = Calendar.workingMomentAround(submitted.plusSeconds((long) ((0.5 + exponential(timing, 5)) * DAY)), timing);
        if (decided.isBefore(force.until)) {
            plan.decided = decided;
        }
    }

    /** Risk assessments: endorsed before or soon after submission; some re-assessed after the meeting. */
    private static void planAssessments(CasePlan plan, Force force, SplittableRandom timing, SplittableRandom facts) {
        plan.professionalJudgement = Vocabulary.chance(facts, 0.12);
        boolean assessed = plan.submitted != null ? !plan.professionalJudgement || facts.nextDouble() < 0.6
                : facts.nextDouble() < 0.5;
        if (!assessed) {
            return;
        }
        long draftSeconds = plan.submitted == null ? 3 * DAY
                : Math.max(3600, plan.submitted.getEpochSecond() - plan.created.getEpochSecond());
        AssessmentPlan first = new AssessmentPlan(plan, 1, plan.nominator,
                plan.created.plusSeconds((long) (timing.nextDouble() * draftSeconds * 0.5)));
        first.saves = Vocabulary.poisson(facts, 1.2);
        RiskLevel level = level(facts);
        first.assessorLevel = level;
        if (plan.submitted != null || facts.nextDouble() < 0.3) {
            Instant sent = first.created.plusSeconds((long) (600 + timing.nextDouble() * draftSeconds * 0.4));
            if (sent.isBefore(force.until)) {
                first.submitted = sent;
                endorse(first, plan.agency, force, timing, facts, level);
            }
        }
        plan.assessments.add(first);
        force.assessments.add(first);
    }

    private static void endorse(AssessmentPlan assessment, AgencyInfo agency, Force force, SplittableRandom timing,
            SplittableRandom facts, RiskLevel level) {
        List<MemberInfo> supervisors = agency.supervisors.stream().filter(s -> s.id() != assessment.assessor.id()).toList();
        if (supervisors.isEmpty() || facts.nextDouble() < 0.04) {
            return;
        }
        Instant endorsed = Calendar.workingMomentAround(assessment.submitted.plusSeconds((long) ((0.1 + exponential(timing, 1.2)) * DAY)), timing);
        if (!endorsed.isBefore(force.until)) {
            return;
        }
        assessment.endorsed = endorsed;
        assessment.supervisor = Vocabulary.pick(timing, supervisors);
        assessment.endorsedLevel = level;
        if (facts.nextDouble() < 0.1) {
            assessment.endorsedLevel = level == RiskLevel.HIGH ? RiskLevel.MEDIUM
                    : level == RiskLevel.MEDIUM && facts.nextBoolean() ? RiskLevel.HIGH : RiskLevel.MEDIUM;
            if (assessment.endorsedLevel != level) {
                assessment.endorsementReason = Vocabulary.pick(facts, Vocabulary.ENDORSEMENT_REASONS);
            }
        }
    }

    private static RiskLevel level(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.55 ? RiskLevel.HIGH : draw < 0.87 ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
    }

    /** Eligibility as the rules see it, the chair's decision, and for accepted cases the months that follow. */
    private static void decide(CasePlan plan, Force force, SplittableRandom facts, MeetingPlanner meetings) {
        Instant asOf = plan.decided != null ? plan.decided : plan.submitted;
        plan.endorsedRisk = plan.assessments.stream()
                .filter(a -> a.endorsed != null && (asOf == null || !a.endorsed.isAfter(asOf)))
                .reduce((a, b) -> b).map(a -> a.endorsedLevel).orElse(null);
        if (plan.submitted == null) {
            return;
        }
        long windowStart = plan.submitted.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(plan.area.escalationWindowMonths)
                .atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        int recent = 0;
        for (long time : plan.incidentTimes) {
            recent += time >= windowStart ? 1 : 0;
        }
        if (plan.isRepeat()) {
            for (long time : plan.repeatOf.incidentTimes) {
                recent += time >= windowStart ? 1 : 0;
            }
        }
        List<EligibilityRoute> routes = new ArrayList<>();
        if (plan.endorsedRisk == RiskLevel.HIGH) {
            routes.add(EligibilityRoute.ENDORSED_HIGH);
        }
        if (plan.professionalJudgement) {
            routes.add(EligibilityRoute.PROFESSIONAL_JUDGEMENT);
        }
        if (recent >= plan.area.escalationIncidents) {
            routes.add(EligibilityRoute.ESCALATION);
        }
        if (plan.repeatOf != null && plan.decided != null) {
            routes.add(EligibilityRoute.REPEAT);
        }
        plan.route = routes.isEmpty() ? null : routes.getFirst();
        if (plan.decided == null) {
            return;
        }
        plan.accepted = plan.route != null && facts.nextDouble() < 0.95;
        plan.status = plan.accepted ? CaseStatus.ACCEPTED : CaseStatus.DECLINED;
        if (!plan.accepted) {
            return;
        }
        meetings.list(plan);
        if (plan.closed == null && facts.nextDouble() < 0.15 && plan.listed != null) {
            reassess(plan, force, facts);
        } else if (plan.closed != null && facts.nextDouble() < 0.15) {
            reassess(plan, force, facts);
        }
        if (plan.closed != null) {
            closure(plan, facts);
        }
    }

    /**
     * Why the chair closed the case, the risk then (lower than the endorsed level for most), and whether its
     * crimes reached the CPS (a minority; fewer where the perpetrator is unknown).
     */
    private static void closure(CasePlan plan, SplittableRandom facts) {
        plan.closureReason = ClosureReason.values()[Vocabulary.weighted(facts, CLOSURE_REASONS)];
        RiskLevel endorsed = plan.endorsedRisk != null ? plan.endorsedRisk : RiskLevel.HIGH;
        double lower = switch (plan.closureReason) {
            case RISK_REDUCED -> 1;
            case VICTIM_MOVED_AWAY -> 0.6;
            case VICTIM_DECLINED_SUPPORT -> 0.4;
            case OTHER -> 0.5;
        };
        RiskLevel finalRisk = endorsed;
        if (endorsed != RiskLevel.STANDARD && facts.nextDouble() < lower) {
            finalRisk = RiskLevel.values()[endorsed.ordinal() - 1];
            if (finalRisk == RiskLevel.MEDIUM && plan.closureReason == ClosureReason.RISK_REDUCED && facts.nextDouble() < 0.45) {
                finalRisk = RiskLevel.STANDARD;
            }
        }
        plan.finalRisk = finalRisk;
        plan.closureNote = plan.closureReason == ClosureReason.OTHER ? Vocabulary.pick(facts, Vocabulary.CLOSURE_NOTES)
                : Vocabulary.chance(facts, 0.3) ? Vocabulary.CLOSURE_REMARKS.get(plan.closureReason) : null;
        double sent = plan.perpetrators.isEmpty() ? 0.08 : 0.24;
        double draw = facts.nextDouble();
        plan.cpsOutcome = draw < sent ? CpsOutcome.SENT_TO_CPS : draw < 0.85 ? CpsOutcome.NOT_SENT_TO_CPS : CpsOutcome.NOT_KNOWN;
    }

    private static void reassess(CasePlan plan, Force force, SplittableRandom facts) {
        Instant created = plan.listed.plusSeconds((long) ((7 + facts.nextDouble() * 50) * DAY));
        if (!created.isBefore(force.until) || (plan.closed != null && created.isAfter(plan.closed))) {
            return;
        }
        AssessmentPlan again = new AssessmentPlan(plan, plan.assessments.size() + 1, plan.nominator, created);
        again.assessorLevel = level(facts);
        again.saves = Vocabulary.poisson(facts, 0.8);
        Instant sent = created.plusSeconds((long) (3600 + facts.nextDouble() * 2 * DAY));
        if (sent.isBefore(force.until)) {
            again.submitted = sent;
            endorse(again, plan.agency, force, facts, facts, again.assessorLevel);
            if (again.endorsed != null) {
                plan.endorsedRisk = again.endorsedLevel;
            }
        }
        plan.assessments.add(again);
        force.assessments.add(again);
    }

    /** When the case was drafted, submitted and decided (its status changes in MARAC are in {@code plan.changes}). */
    private static Instant when(CasePlan plan, CaseStatus status) {
        return switch (status) {
            case DRAFT -> plan.created;
            case SUBMITTED -> plan.submitted;
            case ACCEPTED, DECLINED -> plan.decided;
            default -> throw new IllegalArgumentException(status.name());
        };
    }

    /** References like HC-2026-0042 in order of submission, per UK year, continuing each year's counter. */
    private static void number(Force force, GenerationContext context) throws SQLException {
        Map<Integer, Integer> counters = context.call(c -> {
            Map<Integer, Integer> read = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT year, last_number FROM case_reference_counter");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    read.put(rows.getInt(1), rows.getInt(2));
                }
            }
            return read;
        });
        List<CasePlan> submitted = new ArrayList<>(force.cases.stream().filter(c -> c.submitted != null).toList());
        submitted.sort((a, b) -> a.submitted.compareTo(b.submitted) != 0 ? a.submitted.compareTo(b.submitted)
                : Long.compare(a.id, b.id));
        Map<Integer, Integer> last = new TreeMap<>(counters);
        for (CasePlan plan : submitted) {
            int year = plan.submitted.atZone(Calendar.UK).getYear();
            int number = last.merge(year, 1, Integer::sum);
            plan.reference = "HC-%d-%04d".formatted(year, number);
        }
        context.submit(c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO case_reference_counter (year, last_number) VALUES (?, ?)
                    ON DUPLICATE KEY UPDATE last_number = VALUES(last_number)
                    """)) {
                for (Map.Entry<Integer, Integer> year : last.entrySet()) {
                    upsert.setInt(1, year.getKey());
                    upsert.setInt(2, year.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    private static void writeCases(Force force, GenerationContext context, SplittableRandom facts, Progress.Step bar)
            throws SQLException {
        GenerationContext.Rows cases = context.rows("marac_case", CASE_COLUMNS);
        GenerationContext.Rows events = context.rows("case_event", "id", "version", "created_at", "modified_at", "case_id",
                "status", "member_id", "note");
        GenerationContext.Rows suggestions = context.rows("match_suggestion", "id", "version", "created_at", "modified_at",
                "case_id", "person_id", "existing_person_id", "score", "reasons", "status", "decided_by_id", "decided_at");
        GenerationContext.Rows links = context.rows("person_link", "id", "version", "created_at", "modified_at",
                "person_id", "linked_id");
        for (CasePlan plan : force.cases) {
            boolean draft = plan.submitted == null;
            boolean consented = !Vocabulary.chance(facts, 0.17);
            boolean aware = consented || Vocabulary.chance(facts, 0.6);
            String declineReason = plan.status == CaseStatus.DECLINED ? Vocabulary.pick(facts, Vocabulary.DECLINE_REASONS) : null;
            VictimSupportChoice choice = draft && facts.nextBoolean() ? VictimSupportChoice.NOT_YET_ASKED
                    : facts.nextDouble() < (plan.area.referralModel == ReferralModel.OPT_OUT ? 0.75 : 0.55)
                    ? VictimSupportChoice.ACCEPTED : VictimSupportChoice.DECLINED;
            Instant modified = latest(plan);
            int version = plan.draftSaves + (draft ? 0 : 2) + (plan.decided != null ? 1 : 0) + plan.changes.size()
                    + (int) plan.assessments.stream().filter(a -> a.endorsed != null).count();
            cases.row().add(plan.id).add(version).add(plan.created).add(modified).add(plan.reference).add(plan.area.id)
                    .add(plan.status).add(plan.agency.id).add(plan.nominator.id())
                    .add(draft && facts.nextDouble() < 0.4 ? null : Vocabulary.pick(facts, Vocabulary.REASONS))
                    .add(draft && facts.nextDouble() < 0.5 ? null : Vocabulary.pick(facts, Vocabulary.ACTIONS_SO_FAR))
                    .add(plan.childrenInHousehold)
                    .add(draft && facts.nextDouble() < 0.3 ? null : aware)
                    .add(draft && facts.nextDouble() < 0.3 ? null : consented)
                    .add(consented ? null : LawfulBasis.values()[facts.nextInt(LawfulBasis.values().length)])
                    .add(consented ? null : Vocabulary.pick(facts, Vocabulary.SHARING_REASONS))
                    .add(plan.area.referralModel).add(choice).add(plan.professionalJudgement)
                    .add(plan.professionalJudgement ? Vocabulary.pick(facts, Vocabulary.JUDGEMENT_REASONS) : null)
                    .add(plan.endorsedRisk).add(plan.route).add(plan.isRepeat())
                    .add(plan.isRepeat() ? plan.repeatOf.id : null).add(plan.possibleMatch)
                    .add(plan.submitted).add(plan.decided).add(plan.decided == null ? null : plan.area.chair.id())
                    .add(declineReason).add(plan.closed).add(plan.closureReason).add(plan.finalRisk).add(plan.closureNote)
                    .add(plan.cpsOutcome).endRow();

            event(context, events, plan, CaseStatus.DRAFT, plan.nominator, null);
            event(context, events, plan, CaseStatus.SUBMITTED, plan.nominator, null);
            if (plan.decided != null) {
                event(context, events, plan, plan.accepted ? CaseStatus.ACCEPTED : CaseStatus.DECLINED, plan.area.chair, declineReason);
            }
            for (StatusChange change : plan.changes) {
                events.row().add(context.ids("case_event", 1)).add(0).add(change.at()).add(change.at()).add(plan.id)
                        .add(change.status()).add(plan.area.chair.id()).add(change.note()).endRow();
            }
            for (Suggestion suggestion : plan.suggestions) {
                boolean decided = suggestion.decidedAt() != null;
                suggestions.row().add(context.ids("match_suggestion", 1)).add(decided ? 1 : 0).add(plan.submitted)
                        .add(decided ? suggestion.decidedAt() : plan.submitted).add(plan.id).add(suggestion.personId())
                        .add(suggestion.existing().id()).add(suggestion.score()).add(suggestion.reasons())
                        .add(!decided ? "SUGGESTED" : suggestion.confirmed() ? "CONFIRMED" : "REJECTED")
                        .add(decided ? plan.area.chair.id() : null).add(suggestion.decidedAt()).endRow();
                if (decided && suggestion.confirmed()) {
                    links.row().add(context.ids("person_link", 1)).add(0).add(suggestion.decidedAt()).add(suggestion.decidedAt())
                            .add(suggestion.personId()).add(suggestion.existing().id()).endRow();
                }
            }
            bar.advance(1);
        }
        cases.flush();
        events.flush();
        suggestions.flush();
        links.flush();
    }

    private static Instant latest(CasePlan plan) {
        Instant latest = plan.created;
        for (CaseStatus status : List.of(CaseStatus.SUBMITTED, CaseStatus.ACCEPTED)) {
            Instant at = when(plan, status);
            if (at != null && at.isAfter(latest)) {
                latest = at;
            }
        }
        for (StatusChange change : plan.changes) {
            latest = change.at().isAfter(latest) ? change.at() : latest;
        }
        for (AssessmentPlan assessment : plan.assessments) {
            if (assessment.endorsed != null && assessment.endorsed.isAfter(latest)) {
                latest = assessment.endorsed;
            }
        }
        return latest;
    }

    private static void event(GenerationContext context, GenerationContext.Rows events, CasePlan plan, CaseStatus status,
            MemberInfo member, String note) throws SQLException {
        Instant at = when(plan, status);
        if (at == null) {
            return;
        }
        events.row().add(context.ids("case_event", 1)).add(0).add(at).add(at).add(plan.id).add(status).add(member.id())
                .add(note).endRow();
    }

    /** What handling the cases wrote to the processing log, as NominationService writes it. */
    private static void registerLogEvents(Force force, SplittableRandom random) {
        LogEvents log = force.log;
        List<CasePlan> cases = force.cases;
        List<Suggestion> allSuggestions = new ArrayList<>();
        List<CasePlan> suggestionCases = new ArrayList<>();
        int collected = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).nominator,
                ProcessingOperation.COLLECTION, "nomination draft"));
        int saved = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).nominator,
                ProcessingOperation.ALTERATION, "nomination draft"));
        int openedByNominator = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).nominator,
                ProcessingOperation.CONSULTATION, null));
        int submitted = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).nominator,
                ProcessingOperation.ALTERATION, "submitted as " + cases.get(ref).reference));
        int openedByChair = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).area.chair,
                ProcessingOperation.CONSULTATION, null));
        int matches = log.kind((ref, at, r) -> {
            CasePlan plan = cases.get(ref);
            List<Long> people = new ArrayList<>();
            plan.suggestions.forEach(s -> {
                people.add(s.personId());
                people.add(s.existing().id());
            });
            return new BulkChainWriter.Item(at, plan.area.chair.id(), plan.area.chair.agency().id,
                    ProcessingOperation.CONSULTATION, "MATCH", plan.id, people, null, "possible matches");
        });
        int combined = log.kind((ref, at, r) -> {
            Suggestion suggestion = allSuggestions.get(ref);
            MemberInfo chair = suggestionCases.get(ref).area.chair;
            return new BulkChainWriter.Item(at, chair.id(), chair.agency().id, ProcessingOperation.COMBINATION, "PERSON",
                    suggestion.personId(), List.of(suggestion.personId(), suggestion.existing().id()), null,
                    "confirmed as the same person");
        });
        int decided = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).area.chair,
                ProcessingOperation.ALTERATION, (cases.get(ref).accepted ? "accepted" : "declined") + " by the chair"));
        // As NominationService.advance and CaseClosureService.close write them.
        int[] statusKinds = new int[CaseStatus.values().length];
        for (CaseStatus status : List.of(CaseStatus.LISTED, CaseStatus.ACTIONS_OPEN, CaseStatus.UNDER_REVIEW)) {
            statusKinds[status.ordinal()] = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at, cases.get(ref).area.chair,
                    ProcessingOperation.ALTERATION, "status " + status.name().toLowerCase(java.util.Locale.ROOT)));
        }
        statusKinds[CaseStatus.CLOSED.ordinal()] = log.kind((ref, at, r) -> caseEntry(cases.get(ref), at,
                cases.get(ref).area.chair, ProcessingOperation.ALTERATION, "closed: " + cases.get(ref).closureReason));
        int denied = log.kind((ref, at, r) -> {
            CasePlan plan = cases.get(ref);
            List<AgencyInfo> others = force.agencies.stream().filter(a -> a != plan.agency && !a.practitioners.isEmpty()).toList();
            AgencyInfo other = others.isEmpty() ? plan.agency : Vocabulary.pick(r, others);
            MemberInfo member = Vocabulary.pick(r, other.practitioners);
            return new BulkChainWriter.Item(at, member.id(), other.id, ProcessingOperation.ACCESS_DENIED, "CASE", plan.id,
                    List.of(), null, null);
        });

        for (CasePlan plan : cases) {
            int ref = plan.index;
            log.add(collected, plan.created, ref);
            long span = plan.submitted == null ? 2 * DAY : Math.max(600, plan.submitted.getEpochSecond() - plan.created.getEpochSecond());
            for (int s = 0; s < plan.draftSaves; s++) {
                log.add(saved, plan.created.plusSeconds(60 + (long) (random.nextDouble() * span * 0.9)), ref);
            }
            if (plan.submitted != null) {
                log.add(openedByNominator, plan.submitted.minusSeconds(120), ref);
                log.add(saved, plan.submitted.minusSeconds(1), ref);
                log.add(submitted, plan.submitted, ref);
            }
            if (plan.decided != null) {
                log.add(openedByChair, plan.decided.minusSeconds(600 + random.nextInt(3600)), ref);
                if (!plan.suggestions.isEmpty()) {
                    log.add(matches, plan.decided.minusSeconds(300), ref);
                }
                for (Suggestion suggestion : plan.suggestions) {
                    if (suggestion.confirmed() && suggestion.decidedAt() != null) {
                        allSuggestions.add(suggestion);
                        suggestionCases.add(plan);
                        log.add(combined, suggestion.decidedAt().minusSeconds(60), allSuggestions.size() - 1);
                    }
                }
                log.add(decided, plan.decided, ref);
            }
            for (StatusChange change : plan.changes) {
                log.add(statusKinds[change.status().ordinal()], change.at(), ref);
            }
            if (Vocabulary.chance(random, 0.004)) {
                log.add(denied, plan.created.plusSeconds((long) (random.nextDouble() * 60 * DAY)), ref);
            }
        }
    }

    static BulkChainWriter.Item caseEntry(CasePlan plan, Instant at, MemberInfo member, ProcessingOperation operation,
            String detail) {
        return new BulkChainWriter.Item(at, member.id(), member.agency().id, operation, "CASE", plan.id, plan.personIds(),
                null, detail);
    }

    static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** Writes each case's people, their aliases, formats and name keys, and the parties; finds repeats and matches. */
    private final class People {
        private final GenerationContext context;
        private final Force force;
        private final SplittableRandom random;
        private final GenerationContext.Rows persons;
        private final GenerationContext.Rows aliases;
        private final GenerationContext.Rows formats;
        private final GenerationContext.Rows keys;
        private final GenerationContext.Rows parties;
        private final Map<AreaInfo, List<PersonInfo>> perpetratorsByArea = new HashMap<>();

        People(GenerationContext context, Force force, SplittableRandom random) {
            this.context = context;
            this.force = force;
            this.random = random;
            this.persons = context.rows("person", PERSON_COLUMNS);
            this.aliases = context.rows("person_alias", "person_id", "position", "alias");
            this.formats = context.rows("person_accessible_format", "person_id", "format");
            this.keys = context.rows("person_name_key", "person_id", "name_key");
            this.parties = context.rows("case_party", "id", "version", "created_at", "modified_at", "case_id",
                    "person_id", "role");
        }

        void write(CasePlan plan, List<PersonInfo> earlierVictims, List<CasePlan> earlierInArea) throws SQLException {
            int perpetrators = random.nextDouble() < 0.22 ? 0 : random.nextDouble() < 0.7 ? 1 : random.nextDouble() < 0.65 ? 2 : 3;
            int witnesses = Vocabulary.poisson(random, 0.5);
            int family = Vocabulary.poisson(random, 0.45);
            plan.people = 1 + perpetrators + witnesses + family;
            plan.firstPersonId = context.ids("person", plan.people);
            long id = plan.firstPersonId;
            plan.victim = victim(plan, id++, earlierVictims);
            for (int p = 0; p < perpetrators; p++) {
                plan.perpetrators.add(perpetrator(plan, id++));
            }
            for (int w = 0; w < witnesses; w++) {
                other(plan, id++, PartyRole.WITNESS);
            }
            for (int f = 0; f < family; f++) {
                other(plan, id++, PartyRole.FAMILY);
            }
            plan.possibleMatch = !plan.suggestions.isEmpty();
        }

        private PersonInfo victim(CasePlan plan, long id, List<PersonInfo> earlierVictims) throws SQLException {
            Community community = plan.community;
            boolean female = random.nextDouble() < (plan.primaryStrand == Strand.RACE ? 0.42 : 0.5);
            LocalDate onDay = plan.created.atZone(Calendar.UK).toLocalDate();
            int age = plan.primaryStrand == Strand.DISABILITY ? 18 + (int) (random.nextDouble() * random.nextDouble() * 70)
                    : Vocabulary.chance(random, 0.06) ? 12 + random.nextInt(6)
                    : 18 + (int) ((random.nextDouble() + random.nextDouble()) * 26);
            LocalDate born = onDay.minusYears(age).minusDays(random.nextInt(365));
            String given = Vocabulary.pick(random, female ? community.femaleNames : community.maleNames);
            String family = Vocabulary.pick(random, community.familyNames);
            String postcode = Vocabulary.postcode(random, plan.area.outwardCodes);
            boolean dateKnown = Vocabulary.chance(random, 0.85);
            PersonInfo earlier = plan.repeatOf != null ? plan.repeatOf.victim : null;
            PersonInfo namesake = null;
            if (earlier != null) {
                community = earlier.community();
                female = earlier.female();
                List<String> spellings = Vocabulary.OTHER_SPELLINGS.get(earlier.given());
                given = spellings != null && random.nextDouble() < 0.3 ? Vocabulary.pick(random, spellings) : earlier.given();
                family = earlier.family();
                born = earlier.dateOfBirth() != null ? earlier.dateOfBirth() : born;
                dateKnown = earlier.dateOfBirth() != null && random.nextDouble() < 0.95;
                postcode = random.nextDouble() < 0.7 && earlier.postcode() != null ? earlier.postcode() : postcode;
            } else if (!earlierVictims.isEmpty() && random.nextDouble() < 0.02) {
                // Someone with the same name as an earlier victim: the chair is asked and says no.
                namesake = earlierVictims.get(random.nextInt(earlierVictims.size()));
                given = namesake.given();
                family = namesake.family();
                community = namesake.community();
                female = namesake.female();
                dateKnown = false;
            }
            PersonInfo victim = new PersonInfo(id, given, family, dateKnown ? born : null, postcode, community, female);
            List<String> aliasList = new ArrayList<>();
            List<String> spellings = Vocabulary.OTHER_SPELLINGS.get(given);
            if (spellings != null && random.nextDouble() < 0.3) {
                aliasList.add(Vocabulary.pick(random, spellings) + " " + family);
            }
            boolean transStrand = plan.strands().contains(Strand.TRANSGENDER);
            String gender = transStrand ? Vocabulary.pick(random, Vocabulary.GENDER_TRANS)
                    : Vocabulary.pick(random, female ? Vocabulary.GENDER_WOMAN : Vocabulary.GENDER_MAN);
            String orientation = plan.strands().contains(Strand.SEXUAL_ORIENTATION)
                    ? Vocabulary.pick(random, Vocabulary.ORIENTATIONS.subList(1, 4))
                    : random.nextDouble() < 0.92 ? Vocabulary.ORIENTATIONS.getFirst() : Vocabulary.pick(random, Vocabulary.ORIENTATIONS);
            String disability = plan.strands().contains(Strand.DISABILITY) || random.nextDouble() < 0.15
                    ? Vocabulary.pick(random, Vocabulary.DISABILITIES) : "No";
            String language = Vocabulary.pick(random, community.languages);
            boolean english = language.equals("English");
            String pronouns = random.nextDouble() < (transStrand ? 0.8 : 0.2)
                    ? (gender.startsWith("Non") || gender.startsWith("Gender") ? "they/them" : gender.contains("woman") || female ? "she/her" : "he/him")
                    : null;
            int house = 1 + random.nextInt(180);
            String address = Vocabulary.chance(random, 0.85) ? (Vocabulary.chance(random, 0.25) ? "Flat " + (1 + random.nextInt(40)) + ", " : "")
                    + house + " " + Vocabulary.pick(random, Vocabulary.STREETS) + " " + Vocabulary.pick(random, Vocabulary.STREET_TYPES)
                    + ", " + plan.area.town : null;
            persons.row().add(id).add(plan.submitted == null ? 0 : 1).add(plan.created)
                    .add(plan.submitted == null ? plan.created : plan.submitted)
                    .add(given).add(family)
                    .add(random.nextDouble() < 0.06 && spellings != null ? Vocabulary.pick(random, spellings) : null)
                    .add(pronouns).add(victim.dateOfBirth())
                    .add(dateKnown ? null : AgeBand.at(born, onDay))
                    .add(address).add(Vocabulary.chance(random, 0.92) ? postcode : null)
                    .add(Vocabulary.chance(random, 0.85) ? Vocabulary.phone(random) : null)
                    .add(Vocabulary.chance(random, 0.3) ? Vocabulary.email(random, given, family) : null)
                    .add(language).add(!english && random.nextDouble() < 0.4)
                    .add(safe(random)).add(safe(random))
                    .add(Vocabulary.chance(random, 0.6) ? Vocabulary.pick(random, Vocabulary.SAFE_HOURS) : null)
                    .add(Vocabulary.chance(random, 0.25) ? Vocabulary.pick(random, Vocabulary.SAFE_VIA) : null)
                    .add(Vocabulary.chance(random, disability.equals("No") ? 0.1 : 0.6) ? Vocabulary.pick(random, Vocabulary.VULNERABILITIES) : null);
            equality(gender);
            equality(community.ethnicity);
            equality(Vocabulary.pick(random, community.religions));
            equality(orientation);
            equality(disability);
            persons.row().endRow();
            if (!disability.equals("No") && random.nextDouble() < 0.35) {
                AccessibleFormat format = AccessibleFormat.values()[random.nextInt(AccessibleFormat.values().length)];
                formats.row().add(id).add(format).endRow();
            }
            names(id, given, family, aliasList);
            party(plan, id, PartyRole.VICTIM);
            if (earlier != null) {
                suggest(plan, victim, earlier, true);
            } else if (namesake != null) {
                suggest(plan, victim, namesake, false);
            }
            return victim;
        }

        private void equality(String value) {
            double draw = random.nextDouble();
            Disclosure disclosure = draw < 0.55 ? Disclosure.ANSWERED : draw < 0.8 ? Disclosure.DECLINED : Disclosure.NOT_ASKED;
            persons.row().add(disclosure).add(disclosure == Disclosure.ANSWERED ? value : null);
        }

        private PersonInfo perpetrator(CasePlan plan, long id) throws SQLException {
            List<PersonInfo> known = perpetratorsByArea.computeIfAbsent(plan.area, a -> new ArrayList<>());
            PersonInfo again = !known.isEmpty() && random.nextDouble() < 0.06 ? known.get(known.size() - 1 - random.nextInt(Math.min(known.size(), 200))) : null;
            Community community = again != null ? again.community()
                    : Community.values()[Vocabulary.weighted(random, Vocabulary.PERPETRATOR_COMMUNITIES)];
            boolean female = again != null ? again.female() : random.nextDouble() < 0.18;
            boolean named = again != null || random.nextDouble() < 0.75;
            String given = again != null ? again.given() : named ? Vocabulary.pick(random, female ? community.femaleNames : community.maleNames) : null;
            String family = again != null ? again.family() : named && random.nextDouble() < 0.9 ? Vocabulary.pick(random, community.familyNames) : null;
            LocalDate onDay = plan.created.atZone(Calendar.UK).toLocalDate();
            LocalDate born = again != null && again.dateOfBirth() != null ? again.dateOfBirth()
                    : onDay.minusYears(13 + (int) (random.nextDouble() * random.nextDouble() * 50)).minusDays(random.nextInt(365));
            boolean dateKnown = named && random.nextDouble() < 0.35;
            String postcode = again != null && again.postcode() != null ? again.postcode()
                    : random.nextDouble() < 0.6 ? (random.nextDouble() < 0.5 && plan.victim.postcode() != null ? plan.victim.postcode()
                    : Vocabulary.postcode(random, plan.area.outwardCodes)) : null;
            PersonInfo perpetrator = new PersonInfo(id, given, family, dateKnown ? born : null, postcode, community, female);
            persons.row().add(id).add(0).add(plan.created).add(plan.created).add(given).add(family).addNull().addNull()
                    .add(perpetrator.dateOfBirth()).add(!dateKnown && named && random.nextDouble() < 0.5 ? AgeBand.at(born, onDay) : null)
                    .add(postcode != null && random.nextDouble() < 0.5 ? (1 + random.nextInt(180)) + " "
                            + Vocabulary.pick(random, Vocabulary.STREETS) + " " + Vocabulary.pick(random, Vocabulary.STREET_TYPES) + ", " + plan.area.town : null)
                    .add(postcode).addNull().addNull().addNull().add(false).add(SafeToUse.UNKNOWN).add(SafeToUse.UNKNOWN)
                    .addNull().addNull().addNull();
            notAsked();
            persons.row().endRow();
            names(id, given, family, List.of());
            party(plan, id, PartyRole.PERPETRATOR);
            if (named) {
                known.add(perpetrator);
            }
            if (again != null && plan.submitted != null) {
                suggest(plan, perpetrator, again, random.nextDouble() < 0.7);
            }
            return perpetrator;
        }

        private void other(CasePlan plan, long id, PartyRole role) throws SQLException {
            boolean familyMember = role == PartyRole.FAMILY;
            Community community = familyMember ? plan.victim.community()
                    : Community.values()[Vocabulary.weighted(random, Vocabulary.PERPETRATOR_COMMUNITIES)];
            boolean female = random.nextBoolean();
            String given = Vocabulary.pick(random, female ? community.femaleNames : community.maleNames);
            String family = familyMember && plan.victim.family() != null && random.nextDouble() < 0.7 ? plan.victim.family()
                    : Vocabulary.pick(random, community.familyNames);
            persons.row().add(id).add(0).add(plan.created).add(plan.created).add(given).add(family).addNull().addNull()
                    .addNull().add(familyMember && random.nextDouble() < 0.4 ? AgeBand.UNDER_18 : null).addNull()
                    .add(familyMember ? plan.victim.postcode() : random.nextDouble() < 0.4 ? Vocabulary.postcode(random, plan.area.outwardCodes) : null)
                    .add(random.nextDouble() < 0.6 ? Vocabulary.phone(random) : null).addNull().addNull().add(false)
                    .add(SafeToUse.UNKNOWN).add(SafeToUse.UNKNOWN).addNull().addNull().addNull();
            notAsked();
            persons.row().endRow();
            names(id, given, family, List.of());
            party(plan, id, role);
        }

        private void notAsked() {
            for (int i = 0; i < 5; i++) {
                persons.row().add(Disclosure.NOT_ASKED).addNull();
            }
        }

        private void names(long id, String given, String family, List<String> aliasList) {
            List<String> all = new ArrayList<>();
            all.add(((given == null ? "" : given) + " " + (family == null ? "" : family)).strip());
            all.addAll(aliasList);
            for (int position = 0; position < aliasList.size(); position++) {
                aliases.row().add(id).add(position).add(aliasList.get(position)).endRow();
            }
            for (String key : PersonMatcher.indexKeys(all)) {
                keys.row().add(id).add(key).endRow();
            }
        }

        private void party(CasePlan plan, long personId, PartyRole role) throws SQLException {
            parties.row().add(context.ids("case_party", 1)).add(0).add(plan.created).add(plan.created).add(plan.id)
                    .add(personId).add(role).endRow();
        }

        /** What matching found at submission, scored as the portal scores it, and what the chair decided. */
        private void suggest(CasePlan plan, PersonInfo person, PersonInfo existing, boolean same) {
            if (plan.submitted == null) {
                return;
            }
            PersonMatcher.Match match = matcher.compare(
                    new PersonMatcher.Candidate(person.names(), person.dateOfBirth(), person.postcode()),
                    new PersonMatcher.Candidate(existing.names(), existing.dateOfBirth(), existing.postcode()));
            if (!match.isPossible()) {
                return;
            }
            plan.suggestions.add(new Suggestion(person.id(), existing, match.score(),
                    String.join(",", new java.util.TreeSet<>(match.reasons())), same, plan.decided));
        }

        void flush() {
            persons.flush();
            aliases.flush();
            formats.flush();
            keys.flush();
            parties.flush();
        }
    }

    private static SafeToUse safe(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.6 ? SafeToUse.YES : draw < 0.75 ? SafeToUse.NO : SafeToUse.UNKNOWN;
    }

}
