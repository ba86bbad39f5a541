package org.marac.portal.action;

import org.marac.portal.partner.CaseRoles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.marac.portal.action.internal.ActionQueries;
import org.marac.portal.action.internal.ActionUpdateRepository;
import org.marac.portal.action.internal.CaseActionRepository;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.CaseSharing;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.nomination.ReviewAccess;
import org.marac.portal.nomination.ShareSource;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A case's action plan. The area chair (or a member an {@link ActionDelegation} vouches for) sets actions;
 * only the owner agency and the chair update them; everyone who may see the case sees them. Owning an
 * action shares the case with the owner agency.
 */
@Service
@Validated
@Transactional
public class ActionService {

    static final String SUBJECT = "ACTION";
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
    private static final Sort BY_DUE_DATE = Sort.by("dueDate", "id");

    private final CaseActionRepository actions;
    private final ActionQueries queries;
    private final ActionUpdateRepository updates;
    private final NominationService nominations;
    private final CaseSharing sharing;
    private final MemberService members;
    private final List<ActionDelegation> delegations;
    private final ProcessingLog log;
    private final NotificationService notifications;
    private final Clock clock;
    private final PseudonymisedCaseService pseudonymised;

    ActionService(CaseActionRepository actions, ActionQueries queries, ActionUpdateRepository updates, NominationService nominations,
            CaseSharing sharing, MemberService members, List<ActionDelegation> delegations, ProcessingLog log,
            NotificationService notifications, Clock clock, PseudonymisedCaseService pseudonymised) {
        this.actions = actions;
        this.queries = queries;
        this.updates = updates;
        this.nominations = nominations;
        this.sharing = sharing;
        this.members = members;
        this.delegations = delegations;
        this.log = log;
        this.notifications = notifications;
        this.clock = clock;
        this.pseudonymised = pseudonymised;
    }

    /** The case's actions, soonest due first; logged as consulted with the case's people. */
    @CaseRoles
    public List<CaseAction> forCase(Long caseId) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        List<CaseAction> found = actions.findByMaracCaseIdOrderByDueDateAscIdAsc(caseId);
        if (!found.isEmpty()) {
            log.recordConsultation(ProcessingLog.Subject.of("CASE", caseId,
                    maracCase.personIds()), "actions: " + found.size());
        }
        return found;
    }

    /**
     * The case's actions without their words, for a scrutiny panel member the closed case was released to
     * ({@link PseudonymisedCaseService#requireReviewAccess}); logged as a consultation.
     */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER', 'CHAIR', 'DATA_PROTECTION_OFFICER')")
    public List<ActionFacts> factsForScrutiny(Long caseId) {
        ReviewAccess access = pseudonymised.requireReviewAccess(caseId);
        List<CaseAction> found = actions.findByMaracCaseIdOrderByDueDateAscIdAsc(caseId);
        List<ActionFacts> facts = new java.util.ArrayList<>();
        for (CaseAction action : found) {
            facts.add(new ActionFacts(facts.size() + 1, action.getOwnerAgency().getName(), action.getPriority(),
                    action.getStatus(), access.dayOf(action.getCreatedAt().atZone(UK).toLocalDate()),
                    access.dayOf(action.getDueDate()), action.getFinishedAt() == null ? null
                            : access.dayOf(action.getFinishedAt().atZone(UK).toLocalDate())));
        }
        if (!found.isEmpty()) {
            pseudonymised.logScrutinyWork(caseId, ProcessingOperation.CONSULTATION, "actions without their words: "
                    + found.size());
        }
        return facts;
    }

    /** One page of the acting member's agency's actions, soonest due first; the rows shown are logged. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'SUPERVISOR', 'AGENCY_LEAD')")
    public List<CaseAction> agencyActions(ActionFilter filter, int page, int pageSize) {
        return shown(actions.findAll(queries.ownedByAgency(PortalUser.require(), filter, today()),
                PageRequest.of(page, pageSize, BY_DUE_DATE)).getContent());
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'SUPERVISOR', 'AGENCY_LEAD')")
    public long countAgencyActions(ActionFilter filter) {
        return actions.count(queries.ownedByAgency(PortalUser.require(), filter, today()));
    }

    /** One page of the actions in the areas the acting chair chairs; the rows shown are logged. */
    @PreAuthorize("hasRole('CHAIR')")
    public List<CaseAction> areaActions(ActionFilter filter, int page, int pageSize) {
        return shown(actions.findAll(queries.inChairedAreas(PortalUser.require(), filter, today()),
                PageRequest.of(page, pageSize, BY_DUE_DATE)).getContent());
    }

    @PreAuthorize("hasRole('CHAIR')")
    public long countAreaActions(ActionFilter filter) {
        return actions.count(queries.inChairedAreas(PortalUser.require(), filter, today()));
    }

    /**
     * Each owner agency's record on the actions of an area the acting member chairs: completion and overdue
     * rates to compare. Counts only, so nobody's data is consulted.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public List<AgencyActionRates> agencyRates(Long areaId) {
        return actions.ratesByAgency(areaId, PortalUser.require().getMemberId(), today());
    }

    /** Every action on the case, for a subject access request. */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<CaseAction> forSubjectAccess(Long caseId) {
        return actions.findByMaracCaseIdOrderByDueDateAscIdAsc(caseId);
    }

    /** An action's updates log, oldest first. */
    @CaseRoles
    public List<ActionUpdate> updatesOf(Long actionId) {
        CaseAction action = visible(actionId);
        return updates.findByActionIdOrderByCreatedAtAscIdAsc(action.getId());
    }

    /**
     * Sets a new action on an open case, at a meeting ({@code meetingId}) or between meetings (null). The
     * owner agency gets access to the case and the case's actions are open.
     */
    @CaseRoles
    public CaseAction create(Long caseId, Long meetingId, @Valid CaseAction action) {
        PortalUser user = PortalUser.require();
        MaracCase maracCase = openCase(caseId);
        if (!isAreaChair(user, maracCase) && delegations.stream().noneMatch(d -> d.mayRecordActions(user, caseId, meetingId))) {
            throw new AccessDeniedException("only the area chair or a delegated minute-taker sets actions");
        }
        checkAssignee(action);
        Member author = members.findActive(user.getMemberId());
        action.createdFor(maracCase, meetingId, author);
        CaseAction saved = actions.saveAndFlush(action);
        updates.save(new ActionUpdate(saved, author, ActionStatus.OPEN, null));
        sharing.share(caseId, List.of(saved.getOwnerAgency().getId()), ShareSource.ACTION_OWNER, saved.getId());
        if (maracCase.getStatus() != CaseStatus.ACTIONS_OPEN) {
            nominations.advance(caseId, CaseStatus.ACTIONS_OPEN, null);
        }
        logAction(ProcessingOperation.COLLECTION, saved, "owner agency " + saved.getOwnerAgency().getId());
        notifyOwner(saved, NotificationKind.ACTION_ASSIGNED);
        return saved;
    }

    /**
     * The chair changes what an action is, who owns it or when it is due; a new owner agency gets access
     * in place of the old one.
     */
    @CaseRoles
    public CaseAction edit(Long actionId, long expectedVersion, @Valid CaseAction changed) {
        CaseAction stored = current(actionId, expectedVersion);
        PortalUser user = PortalUser.require();
        if (!isAreaChair(user, stored.getMaracCase())
                && delegations.stream().noneMatch(d -> d.mayRecordActions(user, stored.getCaseId(), stored.getMeetingId()))) {
            throw new AccessDeniedException("only the area chair changes an action");
        }
        openCase(stored.getCaseId());
        checkAssignee(changed);
        boolean newOwner = !stored.getOwnerAgency().getId().equals(changed.getOwnerAgency().getId());
        stored.setDescription(changed.getDescription());
        stored.setOwnerAgency(changed.getOwnerAgency());
        stored.setAssignee(changed.getAssignee());
        stored.setDueDate(changed.getDueDate());
        stored.setPriority(changed.getPriority());
        CaseAction saved = actions.saveAndFlush(stored);
        if (newOwner) {
            sharing.end(ShareSource.ACTION_OWNER, saved.getId());
            sharing.share(saved.getCaseId(), List.of(saved.getOwnerAgency().getId()), ShareSource.ACTION_OWNER, saved.getId());
        }
        updates.save(new ActionUpdate(saved, members.findActive(user.getMemberId()), null,
                newOwner ? "owner agency changed" : null));
        logAction(ProcessingOperation.ALTERATION, saved, "edited");
        if (newOwner) {
            notifyOwner(saved, NotificationKind.ACTION_ASSIGNED);
        }
        return saved;
    }

    /**
     * Records progress: a new status (finishing other than by doing it needs a reason) and a comment. Only
     * the owner agency and the area chair update an action; only the chair finds it not done by the agency.
     */
    @CaseRoles
    public CaseAction update(Long actionId, long expectedVersion, ActionStatus status, String reason, String comment) {
        CaseAction action = current(actionId, expectedVersion);
        PortalUser user = PortalUser.require();
        boolean chair = isAreaChair(user, action.getMaracCase());
        if (!chair && !isOfOwnerAgency(user, action)) {
            throw new AccessDeniedException("only the owner agency and the chair update an action");
        }
        if (status == ActionStatus.NOT_DONE_BY_AGENCY && !chair) {
            throw new AccessDeniedException("only the chair finds an action not done by the agency");
        }
        openCase(action.getCaseId());
        String why = blankToNull(reason);
        String note = blankToNull(comment);
        if (status == null && note == null) {
            throw new InvalidFieldException("comment", "caseAction.update.empty");
        }
        if (status != null && status.needsReason() && why == null) {
            throw new InvalidFieldException("reason", "caseAction.reasonRequired");
        }
        if ((why != null && why.length() > 2000) || (note != null && note.length() > 2000)) {
            throw new InvalidFieldException(why != null && why.length() > 2000 ? "reason" : "comment", "validation.max2000");
        }
        if (status != null && status != action.getStatus()) {
            action.moveTo(status, status.needsReason() ? why : null, clock.instant());
        }
        CaseAction saved = actions.saveAndFlush(action);
        updates.save(new ActionUpdate(saved, members.findActive(user.getMemberId()), status,
                joinNonNull(status != null && status.needsReason() ? why : null, note)));
        logAction(ProcessingOperation.ALTERATION, saved, status == null ? "comment" : "status " + status);
        return saved;
    }

    /** Whether the acting member may update this action (the owner agency's members and the area chair). */
    @CaseRoles
    public boolean mayUpdate(CaseAction action) {
        PortalUser user = PortalUser.require();
        return isAreaChair(user, action.getMaracCase()) || isOfOwnerAgency(user, action);
    }

    private List<CaseAction> shown(List<CaseAction> rows) {
        if (!rows.isEmpty()) {
            log.recordConsultation(ProcessingLog.Subject.of("ACTION_LIST", null,
                    rows.stream().flatMap(action -> action.getMaracCase().personIds().stream()).toList()),
                    "actions " + rows.stream().map(action -> String.valueOf(action.getId())).collect(Collectors.joining(",")));
        }
        return rows;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
    }

    private CaseAction visible(Long actionId) {
        CaseAction action = actions.findById(actionId).orElseThrow(org.marac.portal.nomination.CaseNotFoundException::new);
        nominations.checkAccess(action.getCaseId());
        return action;
    }

    private CaseAction current(Long actionId, long expectedVersion) {
        CaseAction action = visible(actionId);
        if (action.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseAction.class, actionId);
        }
        return action;
    }

    private MaracCase openCase(Long caseId) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        if (maracCase.getStatus() == CaseStatus.CLOSED) {
            throw new InvalidFieldException("description", "case.closed.readOnly");
        }
        if (!maracCase.isInMarac()) {
            throw new InvalidFieldException("description", "caseAction.caseNotAccepted");
        }
        return maracCase;
    }

    private void checkAssignee(CaseAction action) {
        if (action.getDueDate() != null && action.getDueDate().isBefore(today())) {
            throw new InvalidFieldException("dueDate", "caseAction.dueInPast");
        }
        Member assignee = action.getAssignee();
        if (assignee != null && (assignee.getAgency() == null
                || !assignee.getAgency().getId().equals(action.getOwnerAgency().getId()) || !assignee.isActive())) {
            throw new InvalidFieldException("assignee", "caseAction.assigneeNotInAgency");
        }
    }

    private static boolean isAreaChair(PortalUser user, MaracCase maracCase) {
        return maracCase.isChairedBy(user);
    }

    private static boolean isOfOwnerAgency(PortalUser user, CaseAction action) {
        return Objects.equals(user.getAgencyId(), action.getOwnerAgency().getId())
                && (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.AGENCY_LEAD));
    }

    private void notifyOwner(CaseAction action, NotificationKind kind) {
        notifications.send(ActionNotices.about(action, kind).build());
    }

    private void logAction(ProcessingOperation operation, CaseAction action, String detail) {
        log.record(operation, ProcessingLog.Subject.of(SUBJECT, action.getId(), action.getMaracCase().personIds()),
                null, "case " + action.getCaseId() + ": " + detail);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String joinNonNull(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }
}
