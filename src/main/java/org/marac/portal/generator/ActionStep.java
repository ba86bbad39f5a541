package org.marac.portal.generator;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.marac.portal.action.ActionPriority;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.audit.BulkChainWriter;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.generator.Force.AgencyInfo;
import org.marac.portal.generator.Force.CasePlan;
import org.marac.portal.generator.Force.ItemPlan;
import org.marac.portal.generator.Force.MeetingPlan;
import org.marac.portal.generator.Force.MemberInfo;
import org.marac.portal.nomination.ShareSource;
import org.marac.portal.partner.AgencyType;

/**
 * The actions the meetings agreed (one to four when a case is first discussed, now and then one or two more at a
 * review; {@link MeetingPlanner} decides how many), set while the meeting discussed the case and tied to that
 * meeting, owned by the partnership's agencies (the nominating agency most often, then the police, housing, the
 * council and Victim Support), due two to eight weeks after the meeting, each with its updates. Actions of closed cases are all
 * finished: most done, some that could not be done, a few the chair found not done by the agency, and about one
 * in five finished after the due date. Actions of open cases are done, or open or in progress (some overdue by
 * the end of the data). Owning an action shares the case with the owner agency, as {@code ActionService} does,
 * and each action, update and share is in the processing log.
 */
final class ActionStep implements GenerationStep {

    private static final List<String> DESCRIPTIONS = List.of(
            "Visit the victim to review safety and fit a door alarm",
            "Check CCTV near the victim's home and share what is found",
            "Offer the victim a move to a safer address",
            "Refer the victim to Victim Support for emotional support",
            "Visit the perpetrator's household and give a warning",
            "Ask the social media platform to remove the abusive posts",
            "Add a flag to the victim's address so calls are prioritised",
            "Arrange a language interpreter for all contact with the victim",
            "Raise the case with the neighbourhood policing team for patrols",
            "Review the victim's tenancy and repair damaged windows");
    private static final List<String> CANNOT_BE_DONE = List.of(
            "The victim declined the offer", "The victim moved out of the area", "No footage was kept",
            "The platform refused to act");
    private static final List<String> NOT_DONE = List.of("No update given by the agency despite reminders",
            "The agency did not act before the review");

    @Override
    public String title() {
        return "Actions";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        SplittableRandom random = context.random("actions");
        List<Planned> planned = new ArrayList<>();
        for (CasePlan plan : force.cases) {
            for (ItemPlan item : plan.items) {
                Instant at = item.actionsAt;
                for (int n = 0; n < item.newActions; n++) {
                    planned.add(plan(item, at, force, random));
                    at = at.plusSeconds(30 + random.nextInt(60));
                }
            }
        }
        Progress.Step bar = context.bar(planned.size(), "actions");
        long nextId = context.ids("case_action", planned.size());
        long nextUpdate = context.ids("case_action_update", planned.size() * 2L);
        long nextShare = context.ids("case_share", planned.size());
        GenerationContext.Rows actions = context.rows("case_action", "id", "version", "created_at", "modified_at", "case_id",
                "meeting_id", "description", "owner_agency_id", "assignee_id", "due_date", "priority", "status",
                "status_reason", "created_by_id", "finished_at", "due_soon_sent_at", "overdue_sent_at");
        GenerationContext.Rows updates = context.rows("case_action_update", "id", "version", "created_at", "modified_at",
                "action_id", "member_id", "status", "comment");
        GenerationContext.Rows shares = context.rows("case_share", "id", "version", "created_at", "modified_at", "case_id",
                "agency_id", "source", "source_id", "ended_at");
        for (Planned action : planned) {
            action.id = nextId++;
            Instant modified = action.finished != null ? action.finished : action.created;
            actions.row().add(action.id).add(action.finished != null ? 2 : 1).add(action.created).add(modified)
                    .add(action.maracCase.id).add(action.meeting.id).add(action.description).add(action.owner.id)
                    .add(action.assignee == null ? null : action.assignee.id()).add(action.due).add(action.priority)
                    .add(action.status).add(action.reason).add(action.maracCase.area.chair.id()).add(action.finished)
                    .add((Instant) null).add((Instant) null).endRow();
            updates.row().add(nextUpdate++).add(0).add(action.created).add(action.created).add(action.id)
                    .add(action.maracCase.area.chair.id()).add(ActionStatus.OPEN).add((String) null).endRow();
            if (action.finished != null) {
                updates.row().add(nextUpdate++).add(0).add(action.finished).add(action.finished).add(action.id)
                        .add(action.updatedBy.id()).add(action.status).add(action.reason).endRow();
            }
            // Until the case closes; the policy ignores shares of closed cases, so the row is left as ActionService leaves it.
            shares.row().add(nextShare++).add(0).add(action.created).add(action.created).add(action.maracCase.id)
                    .add(action.owner.id).add(ShareSource.ACTION_OWNER).add(action.id).add((Instant) null).endRow();
            bar.advance(1);
        }
        actions.flush();
        updates.flush();
        shares.flush();
        registerLogEvents(force, planned);
        bar.finish();
    }

    /** One action a meeting agreed for a case: owner, due date, and where it stands at the end of the data. */
    private static Planned plan(ItemPlan item, Instant created, Force force, SplittableRandom random) {
        CasePlan plan = item.maracCase;
        Planned action = new Planned(plan, item.meeting);
        action.created = created;
        action.description = Vocabulary.pick(random, DESCRIPTIONS);
        action.owner = owner(plan, force, random);
        List<MemberInfo> workers = action.owner.caseWorkers();
        action.assignee = !workers.isEmpty() && random.nextDouble() < 0.6 ? Vocabulary.pick(random, workers) : null;
        action.due = item.meeting.day().plusDays(14 + random.nextInt(43));
        action.priority = ActionPriority.values()[Vocabulary.weighted(random, new double[] {2, 5, 3})];
        Instant dueAt = action.due.atStartOfDay(Calendar.UK).toInstant();
        boolean late = random.nextDouble() < 0.2;
        long span = Math.max(86_400, dueAt.getEpochSecond() - action.created.getEpochSecond());
        Instant finished = late ? dueAt.plusSeconds((long) ((1 + CaseStep.exponential(random, 12)) * CaseStep.DAY))
                : action.created.plusSeconds((long) ((0.1 + 0.9 * random.nextDouble()) * span));
        if (plan.closed != null && finished.isAfter(plan.closed)) {
            // Every action is finished before the chair may close the case.
            finished = plan.closed.minusSeconds(3600 + random.nextInt(86_400));
        }
        finished = finished.isBefore(action.created) ? action.created.plusSeconds(3600) : finished;
        if (plan.closed != null || finished.isBefore(force.until)) {
            double draw = random.nextDouble();
            action.status = draw < 0.82 ? ActionStatus.DONE : draw < 0.94 ? ActionStatus.CANNOT_BE_DONE : ActionStatus.NOT_DONE_BY_AGENCY;
            action.finished = finished;
            action.reason = switch (action.status) {
                case CANNOT_BE_DONE -> Vocabulary.pick(random, CANNOT_BE_DONE);
                case NOT_DONE_BY_AGENCY -> Vocabulary.pick(random, NOT_DONE);
                default -> null;
            };
            action.updatedBy = action.status == ActionStatus.NOT_DONE_BY_AGENCY || workers.isEmpty() ? plan.area.chair
                    : action.assignee != null ? action.assignee : Vocabulary.pick(random, workers);
        } else {
            action.status = random.nextBoolean() ? ActionStatus.OPEN : ActionStatus.IN_PROGRESS;
        }
        return action;
    }

    private static AgencyInfo owner(CasePlan plan, Force force, SplittableRandom random) {
        if (random.nextDouble() < 0.35) {
            return plan.agency;
        }
        double[] weights = new double[force.agencies.size()];
        for (int a = 0; a < weights.length; a++) {
            AgencyType type = force.agencies.get(a).type;
            weights[a] = switch (type) {
                case POLICE -> 3;
                case HOUSING, LOCAL_AUTHORITY, VICTIM_SUPPORT -> 2;
                case YOUTH_OFFENDING, HEALTH, EDUCATION, PROBATION, CHILDRENS_SERVICES -> 0.6;
                case THIRD_PARTY_REPORTING_CENTRE, OTHER -> 0.2;
            };
        }
        return force.agencies.get(Vocabulary.weighted(random, weights));
    }

    /** As ActionService writes the log: the action set (and the case disclosed to its owner), its update. */
    private static void registerLogEvents(Force force, List<Planned> planned) {
        LogEvents log = force.log;
        int created = log.kind((ref, at, r) -> entry(planned.get(ref), at, planned.get(ref).maracCase.area.chair,
                ProcessingOperation.COLLECTION, null, "owner agency " + planned.get(ref).owner.id));
        int shared = log.kind((ref, at, r) -> {
            Planned action = planned.get(ref);
            MemberInfo chair = action.maracCase.area.chair;
            return new BulkChainWriter.Item(at, chair.id(), chair.agency().id, ProcessingOperation.DISCLOSURE, "CASE",
                    action.maracCase.id, action.maracCase.personIds(), action.owner.id, "shared: " + ShareSource.ACTION_OWNER);
        });
        int updated = log.kind((ref, at, r) -> entry(planned.get(ref), at, planned.get(ref).updatedBy,
                ProcessingOperation.ALTERATION, null, "status " + planned.get(ref).status));
        for (int i = 0; i < planned.size(); i++) {
            Planned action = planned.get(i);
            log.add(created, action.created, i);
            log.add(shared, action.created, i);
            if (action.finished != null) {
                log.add(updated, action.finished, i);
            }
        }
    }

    private static BulkChainWriter.Item entry(Planned action, Instant at, MemberInfo member, ProcessingOperation operation,
            Long recipient, String detail) {
        return new BulkChainWriter.Item(at, member.id(), member.agency().id, operation, "ACTION", action.id,
                action.maracCase.personIds(), recipient, "case " + action.maracCase.id + ": " + detail);
    }

    private static final class Planned {
        final CasePlan maracCase;
        final MeetingPlan meeting;
        long id;
        Instant created;
        String description;
        AgencyInfo owner;
        MemberInfo assignee;
        LocalDate due;
        ActionPriority priority;
        ActionStatus status;
        String reason;
        Instant finished;
        MemberInfo updatedBy;

        Planned(CasePlan maracCase, MeetingPlan meeting) {
            this.maracCase = maracCase;
            this.meeting = meeting;
        }
    }
}
