package org.marac.portal.nomination;

import org.marac.portal.partner.CaseRoles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.Eligibility.EarlierCase;
import org.marac.portal.nomination.Eligibility.Reason;
import org.marac.portal.nomination.internal.CaseEventRepository;
import org.marac.portal.nomination.internal.CaseReferences;
import org.marac.portal.nomination.internal.CaseRepository;
import org.marac.portal.nomination.internal.IncidentDates;
import org.marac.portal.nomination.internal.MatchSuggestionRepository;
import org.marac.portal.notification.Notice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.Recipient;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.person.Person;
import org.marac.portal.person.PersonDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The nomination: drafts saved at any point, submission that lists exactly what is missing, eligibility
 * explained in words, possible-same-person review, and the chair's decision. Every method checks the
 * acting member against {@link CaseAccessPolicy}.
 */
@Service
@Validated
@Transactional
public class NominationService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final IncidentDates incidentDates;
    private final MatchSuggestionRepository suggestions;
    private final CaseReferences references;
    private final CaseAccessPolicy policy;
    private final PersonDirectory people;
    private final MemberService members;
    private final ProcessingLog log;
    private final NotificationService notifications;
    private final Clock clock;

    NominationService(CaseRepository cases, CaseEventRepository events, IncidentDates incidentDates,
            MatchSuggestionRepository suggestions, CaseReferences references, CaseAccessPolicy policy,
            PersonDirectory people, MemberService members, ProcessingLog log, NotificationService notifications,
            Clock clock) {
        this.cases = cases;
        this.events = events;
        this.incidentDates = incidentDates;
        this.suggestions = suggestions;
        this.references = references;
        this.policy = policy;
        this.people = people;
        this.members = members;
        this.log = log;
        this.notifications = notifications;
        this.clock = clock;
    }

    static final String CASE = "CASE";

    private void logCase(ProcessingOperation operation, MaracCase maracCase, String detail) {
        log.record(operation, ProcessingLog.Subject.of(CASE, maracCase.getId(), maracCase.personIds()), null, detail);
    }

    /** A new, unsaved nomination by the acting practitioner's agency, with an empty victim. */
    @PreAuthorize("hasRole('PRACTITIONER')")
    public MaracCase newDraft() {
        PortalUser user = PortalUser.require();
        Member member = members.findActive(user.getMemberId());
        MaracCase draft = new MaracCase(member.getAgency(), member);
        draft.addParty(PartyRole.VICTIM, new Person());
        return draft;
    }

    /** Saves a draft as it stands; only formats are checked here, completeness at submission. */
    @PreAuthorize("hasRole('PRACTITIONER')")
    @Transactional
    public MaracCase saveDraft(@Valid MaracCase draft) {
        PortalUser user = PortalUser.require();
        if (!draft.isNew()) {
            checkAccess(draft.getId());
        }
        if (!policy.canEditNomination(user, draft)) {
            throw new InvalidFieldException("status", "nomination.notEditable");
        }
        checkDatesAgainstBirth(draft);
        if (draft.getArea() != null) {
            draft.setReferralModel(draft.getArea().getReferralModel());
        }
        boolean created = draft.isNew();
        MaracCase saved = cases.saveAndFlush(draft);
        saved.getParties().forEach(party -> people.indexNames(party.getPerson()));
        if (created) {
            events.save(new CaseEvent(saved, CaseStatus.DRAFT, saved.getNominatingMember(), null));
        }
        logCase(created ? ProcessingOperation.COLLECTION : ProcessingOperation.ALTERATION, saved, "nomination draft");
        return saved;
    }

    /**
     * Saves and submits: everything missing is listed at once; the case gets its reference, its repeat
     * flag and its possible matches, and goes to the area chair's queue.
     */
    @PreAuthorize("hasRole('PRACTITIONER')")
    @Transactional
    public MaracCase submit(@Valid MaracCase draft) {
        List<Reason> missing = missingForSubmission(draft);
        if (!missing.isEmpty()) {
            throw new IncompleteNominationException(missing);
        }
        MaracCase saved = saveDraft(draft);
        Instant now = clock.instant();
        saved.setReference(references.next(now.atZone(UK).getYear()));
        saved.setStatus(CaseStatus.SUBMITTED);
        saved.setSubmittedAt(now);
        Person victim = saved.victim().orElseThrow().getPerson();
        Eligibility.repeatOf(earlierCases(saved, victim), now).ifPresent(earlier -> {
            saved.setRepeatCase(true);
            saved.setRepeatOf(cases.getReferenceById(earlier.caseId()));
        });
        for (CaseParty party : saved.getParties()) {
            for (PersonDirectory.PossibleMatch match : people.possibleMatches(party.getPerson())) {
                if (saved.getParties().stream().noneMatch(p -> p.getPerson().getId().equals(match.existing().getId()))) {
                    suggestions.save(new MatchSuggestion(saved, party.getPerson(), match.existing(), match.match().score(),
                            String.join(",", new java.util.TreeSet<>(match.match().reasons()))));
                    saved.setPossibleMatch(true);
                }
            }
        }
        saved.setEligibilityRoute(eligibility(saved).primaryRoute());
        events.save(new CaseEvent(saved, CaseStatus.SUBMITTED, saved.getNominatingMember(), null));
        logCase(ProcessingOperation.ALTERATION, saved, "submitted as " + saved.getReference());
        notifications.send(Notice.of(NotificationKind.NOMINATION_SUBMITTED).caseReference(saved.getReference())
                .link("cases/" + saved.getId()).to(Recipient.areaChair(saved.getArea().getId())).build());
        return cases.saveAndFlush(saved);
    }

    /**
     * Whether anyone in the case may already be known to the portal. The nominator learns only that: never
     * who, nor in which case; the chair reviews the details after submission.
     */
    @PreAuthorize("hasRole('PRACTITIONER')")
    public boolean possibleMatchExists(Long caseId) {
        MaracCase maracCase = checkAccess(caseId);
        return maracCase.getParties().stream().anyMatch(party -> people.possibleMatches(party.getPerson()).stream()
                .anyMatch(match -> maracCase.getParties().stream()
                        .noneMatch(p -> p.getPerson().getId().equals(match.existing().getId()))));
    }

    /** Everything a submission needs that the draft lacks, as message keys with arguments. */
    @PreAuthorize("hasRole('PRACTITIONER')")
    public List<Reason> missingForSubmission(MaracCase draft) {
        List<Reason> missing = new ArrayList<>();
        if (draft.getArea() == null) {
            missing.add(new Reason("missing.area"));
        }
        Person victim = draft.victim().map(CaseParty::getPerson).orElse(null);
        if (victim == null || !victim.hasName()) {
            missing.add(new Reason("missing.victimName"));
        }
        if (victim != null && victim.getDateOfBirth() == null && victim.getAgeBand() == null) {
            missing.add(new Reason("missing.victimAge"));
        }
        if (victim != null && List.of(victim.getGenderIdentity(), victim.getEthnicity(), victim.getReligion(),
                victim.getSexualOrientation(), victim.getDisability()).stream().anyMatch(answer -> !answer.isComplete())) {
            missing.add(new Reason("missing.equalityValue"));
        }
        if (draft.getIncidents().isEmpty()) {
            missing.add(new Reason("missing.incident"));
        }
        int number = 0;
        for (Incident incident : draft.getIncidents()) {
            number++;
            if (!incident.hasHateFlag()) {
                missing.add(new Reason("missing.incidentStrand", number));
            }
            if (incident.getStrands().contains(Strand.RELIGION) && (incident.getReligion() == null || incident.getReligion().isBlank())) {
                missing.add(new Reason("missing.incidentReligion", number));
            }
            if (incident.getReportingRoute() == ReportingRoute.THIRD_PARTY_CENTRE
                    && (incident.getReportingCentre() == null || incident.getReportingCentre().isBlank())) {
                missing.add(new Reason("missing.incidentCentre", number));
            }
            if (incident.getDescription() == null || incident.getDescription().isBlank()) {
                missing.add(new Reason("missing.incidentDescription", number));
            }
        }
        if (blank(draft.getReason())) {
            missing.add(new Reason("missing.reason"));
        }
        if (blank(draft.getActionsSoFar())) {
            missing.add(new Reason("missing.actionsSoFar"));
        }
        if (draft.getVictimAware() == null) {
            missing.add(new Reason("missing.victimAware"));
        }
        if (draft.getVictimConsented() == null) {
            missing.add(new Reason("missing.victimConsented"));
        } else if (!draft.getVictimConsented()) {
            if (draft.getLawfulBasis() == null) {
                missing.add(new Reason("missing.lawfulBasis"));
            }
            if (blank(draft.getSharingWithoutConsentReason())) {
                missing.add(new Reason("missing.sharingReason"));
            }
        }
        if (draft.getVictimSupportChoice() == VictimSupportChoice.NOT_YET_ASKED) {
            missing.add(new Reason(draft.getArea() != null && draft.getArea().getReferralModel() == ReferralModel.OPT_OUT
                    ? "missing.victimSupportOptOut" : "missing.victimSupportOptIn"));
        }
        if (draft.isProfessionalJudgement() && blank(draft.getProfessionalJudgementReason())) {
            missing.add(new Reason("missing.professionalJudgementReason"));
        }
        return missing;
    }

    /** Opens a case: a consultation of its people's data, logged. */
    @CaseRoles
    public MaracCase find(Long caseId) {
        MaracCase found = checkAccess(caseId);
        log.recordConsultation(ProcessingLog.Subject.of(CASE, found.getId(), found.personIds()), null);
        return found;
    }

    /**
     * The case if the acting member may see it, for work on it that is logged as such; otherwise the
     * refusal is logged and the case treated as not existing.
     */
    @CaseRoles
    public MaracCase checkAccess(Long caseId) {
        MaracCase found = caseId == null ? null : cases.findOne(policy.visibleTo(PortalUser.require(), caseId)).orElse(null);
        if (found == null) {
            log.recordDenial(ProcessingLog.Subject.of(CASE, caseId, List.of()), null);
            throw new CaseNotFoundException();
        }
        return found;
    }

    /**
     * Whether the acting member may see the case, by the same sharing policy as {@link #checkAccess} but as one
     * count, without reading the case (for a screen that already holds it); a refusal is logged the same way.
     */
    @CaseRoles
    public boolean canSee(Long caseId) {
        boolean visible = caseId != null && cases.exists(policy.visibleTo(PortalUser.require(), caseId));
        if (!visible) {
            log.recordDenial(ProcessingLog.Subject.of(CASE, caseId, List.of()), null);
        }
        return visible;
    }

    /**
     * For a service that reads one part of a case (its shared information, its actions): the sharing policy's
     * check as one count, and the ids of the case's people for that service to log its consultation with,
     * without loading the case and everything it holds. A refusal is logged and the case treated as not existing.
     */
    @CaseRoles
    public List<Long> peopleOfVisibleCase(Long caseId) {
        if (!canSee(caseId)) {
            throw new CaseNotFoundException();
        }
        return cases.personIdsOf(caseId);
    }

    /**
     * One page of the cases the acting member may see, newest first, as the list shows them; the rows shown, and
     * the victims they name, are logged.
     */
    @CaseRoles
    public List<CaseListRow> visibleCases(CaseListFilter filter, int page, int pageSize) {
        List<CaseListRow> rows = cases.findAll(policy.visibleTo(PortalUser.require()).and(matching(filter)),
                        PageRequest.of(page, pageSize, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))))
                .stream().map(CaseListRow::of).toList();
        logListed(rows.stream().map(CaseListRow::id).toList(), rows.stream().map(CaseListRow::victimId).toList());
        return rows;
    }

    /** How many cases the filter finds among those the acting member may see: a count, so nobody's data is consulted. */
    @CaseRoles
    public long countVisibleCases(CaseListFilter filter) {
        return cases.count(policy.visibleTo(PortalUser.require()).and(matching(filter)));
    }

    private static Specification<MaracCase> matching(CaseListFilter filter) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                all.add(root.get("status").in(filter.statuses()));
            }
            if (filter.reference() != null) {
                all.add(CaseListFilter.referenceContains(cb, root.get("reference"), filter.reference()));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** A list of whole cases consults every row it shows and everyone in them: one log entry names them all. */
    private List<MaracCase> shown(List<MaracCase> rows) {
        logListed(rows.stream().map(MaracCase::getId).toList(), rows.stream().flatMap(c -> c.personIds().stream()).toList());
        return rows;
    }

    /** One entry for a list: the cases shown (its rows) and the people whose data they show. */
    private void logListed(List<Long> caseIds, List<Long> people) {
        if (!caseIds.isEmpty()) {
            log.recordConsultation(ProcessingLog.Subject.of("CASE_LIST", null, people),
                    "cases " + caseIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /** The acting chair's queue: submitted nominations in the areas they chair, oldest first. */
    @PreAuthorize("hasRole('CHAIR')")
    public List<MaracCase> chairQueue() {
        return shown(cases.findAll(policy.visibleTo(PortalUser.require())
                        .and((root, query, cb) -> cb.equal(root.get("status"), CaseStatus.SUBMITTED)),
                Sort.by("submittedAt")));
    }

    /**
     * Every case in which any of these people appears, for a subject access request. Only the data
     * protection officer asks; the export that uses it is logged as a disclosure.
     */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<MaracCase> casesInvolving(Collection<Long> personIds) {
        return cases.findInvolving(personIds);
    }

    /** How many nominations wait for the acting chair: a count, so no one's data is consulted. */
    @PreAuthorize("hasRole('CHAIR')")
    public long chairQueueSize() {
        return cases.count(policy.visibleTo(PortalUser.require())
                .and((root, query, cb) -> cb.equal(root.get("status"), CaseStatus.SUBMITTED)));
    }

    /** The acting member's own nominations decided since the given time, newest first; logged as shown. */
    @PreAuthorize("hasRole('PRACTITIONER')")
    public List<MaracCase> decidedSince(Instant since) {
        PortalUser user = PortalUser.require();
        return shown(cases.findAll(policy.visibleTo(user)
                        .and((root, query, cb) -> cb.and(
                                cb.equal(root.get("nominatingMember").get("id"), user.getMemberId()),
                                cb.greaterThan(root.get("decidedAt"), since))),
                Sort.by(Sort.Direction.DESC, "decidedAt")));
    }

    @CaseRoles
    public List<CaseEvent> timeline(Long caseId) {
        checkAccess(caseId);
        return events.timeline(caseId);
    }

    /** Whether the case may go to MARAC and why, from its current facts. */
    @CaseRoles
    public Eligibility eligibilityOf(Long caseId) {
        return eligibility(checkAccess(caseId));
    }

    @PreAuthorize("hasRole('CHAIR')")
    public List<MatchSuggestion> matchSuggestions(Long caseId) {
        checkAccess(caseId);
        List<MatchSuggestion> found = suggestions.findByMaracCaseIdOrderByScoreDesc(caseId);
        if (!found.isEmpty()) {
            log.recordConsultation(ProcessingLog.Subject.of("MATCH", caseId, found.stream()
                    .flatMap(m -> java.util.stream.Stream.of(m.getPerson().getId(), m.getExistingPerson().getId()))
                    .toList()), "possible matches");
        }
        return found;
    }

    /** The chair confirms or rejects a possible match; a confirmed link can make the case a repeat. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public void decideMatch(Long suggestionId, boolean samePerson) {
        MatchSuggestion suggestion = suggestions.findById(suggestionId).orElseThrow(CaseNotFoundException::new);
        MaracCase maracCase = checkAccess(suggestion.getMaracCase().getId());
        Member chair = members.findActive(PortalUser.require().getMemberId());
        suggestion.decide(samePerson ? MatchSuggestion.Decision.CONFIRMED : MatchSuggestion.Decision.REJECTED,
                chair, clock.instant());
        if (samePerson) {
            people.confirmSamePerson(suggestion.getPerson().getId(), suggestion.getExistingPerson().getId());
            log.record(ProcessingOperation.COMBINATION, ProcessingLog.Subject.of("PERSON", suggestion.getPerson().getId(),
                    List.of(suggestion.getPerson().getId(), suggestion.getExistingPerson().getId())), null,
                    "confirmed as the same person");
            maracCase.victim().ifPresent(victim -> Eligibility.repeatOf(earlierCases(maracCase, victim.getPerson()),
                    clock.instant()).ifPresent(earlier -> {
                        maracCase.setRepeatCase(true);
                        maracCase.setRepeatOf(cases.getReferenceById(earlier.caseId()));
                    }));
        }
    }

    /** Accepts an eligible submitted case: it is ready for the area's next agenda. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MaracCase accept(Long caseId, long expectedVersion) {
        MaracCase maracCase = decidable(caseId, expectedVersion);
        Eligibility eligibility = eligibility(maracCase);
        if (!eligibility.isEligible()) {
            throw new InvalidFieldException("eligibility", "chair.accept.notEligible");
        }
        maracCase.setEligibilityRoute(eligibility.primaryRoute());
        return decide(maracCase, CaseStatus.ACCEPTED, null);
    }

    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public MaracCase decline(Long caseId, long expectedVersion, String reason) {
        if (blank(reason)) {
            throw new InvalidFieldException("declineReason", "chair.decline.reasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidFieldException("declineReason", "validation.max2000");
        }
        MaracCase maracCase = decidable(caseId, expectedVersion);
        maracCase.setDeclineReason(reason.strip());
        return decide(maracCase, CaseStatus.DECLINED, reason.strip());
    }

    private MaracCase decidable(Long caseId, long expectedVersion) {
        MaracCase maracCase = checkAccess(caseId);
        if (maracCase.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(MaracCase.class, caseId);
        }
        if (maracCase.getStatus() != CaseStatus.SUBMITTED) {
            throw new InvalidFieldException("status", "chair.alreadyDecided");
        }
        return maracCase;
    }

    private MaracCase decide(MaracCase maracCase, CaseStatus status, String note) {
        Member chair = members.findActive(PortalUser.require().getMemberId());
        maracCase.setStatus(status);
        maracCase.setDecidedAt(clock.instant());
        maracCase.setDecidedBy(chair);
        events.save(new CaseEvent(maracCase, status, chair, note));
        logCase(ProcessingOperation.ALTERATION, maracCase, status.name().toLowerCase(java.util.Locale.ROOT) + " by the chair");
        notifications.send(Notice.of(status == CaseStatus.ACCEPTED ? NotificationKind.NOMINATION_ACCEPTED
                        : NotificationKind.NOMINATION_DECLINED).caseReference(maracCase.getReference())
                .link("cases/" + maracCase.getId()).to(Recipient.member(maracCase.getNominatingMember().getId())).build());
        return cases.saveAndFlush(maracCase);
    }

    /**
     * Moves an open case along its MARAC life as the meeting and action modules report it: listed on a
     * published agenda, actions open, under review. Only these forward steps (and a relisting for review)
     * are allowed; drafts, declined and closed cases do not move here.
     */
    @CaseRoles
    @Transactional
    public MaracCase advance(Long caseId, CaseStatus to, String note) {
        MaracCase maracCase = checkAccess(caseId);
        CaseStatus from = maracCase.getStatus();
        boolean allowed = switch (to) {
            case LISTED -> from == CaseStatus.ACCEPTED || from == CaseStatus.ACTIONS_OPEN || from == CaseStatus.UNDER_REVIEW;
            case ACTIONS_OPEN -> from == CaseStatus.ACCEPTED || from == CaseStatus.LISTED || from == CaseStatus.UNDER_REVIEW;
            case UNDER_REVIEW -> from == CaseStatus.LISTED || from == CaseStatus.ACTIONS_OPEN;
            default -> false;
        };
        if (from == to) {
            return maracCase;
        }
        if (!allowed) {
            throw new InvalidFieldException("status", "case.status.cannotMove");
        }
        maracCase.setStatus(to);
        events.save(new CaseEvent(maracCase, to, members.findActive(PortalUser.require().getMemberId()), note));
        logCase(ProcessingOperation.ALTERATION, maracCase, "status " + to.name().toLowerCase(java.util.Locale.ROOT));
        return cases.saveAndFlush(maracCase);
    }

    /** Called when a supervisor endorses a risk assessment: only the endorsed level counts. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void recordEndorsedRisk(MaracCase maracCase, RiskLevel level) {
        maracCase.setEndorsedRisk(level);
        if (maracCase.getStatus() != CaseStatus.DRAFT) {
            maracCase.setEligibilityRoute(eligibility(maracCase).primaryRoute());
        }
        logCase(ProcessingOperation.ALTERATION, maracCase, "endorsed risk " + level);
        cases.save(maracCase);
    }

    private Eligibility eligibility(MaracCase maracCase) {
        Person victim = maracCase.victim().map(CaseParty::getPerson).orElse(null);
        Set<Long> caseIds = new HashSet<>();
        if (maracCase.getId() != null) {
            caseIds.add(maracCase.getId());
        }
        List<EarlierCase> earlier = List.of();
        if (victim != null && victim.getId() != null) {
            List<MaracCase> others = cases.findWithVictimAmong(people.samePersonIds(victim.getId()),
                    maracCase.getId() == null ? -1L : maracCase.getId());
            others.stream().map(MaracCase::getId).forEach(caseIds::add);
            earlier = others.stream().map(c -> new EarlierCase(c.getId(), c.getReference(), c.getClosedAt())).toList();
        }
        Collection<Instant> incidents = caseIds.isEmpty()
                ? maracCase.getIncidents().stream().map(Incident::getOccurredAt).toList()
                : incidentDates.occurredAtInCases(caseIds);
        int threshold = maracCase.getArea() == null ? 3 : maracCase.getArea().getEscalationIncidents();
        int months = maracCase.getArea() == null ? 12 : maracCase.getArea().getEscalationWindowMonths();
        return Eligibility.assess(new Eligibility.Facts(maracCase.getEndorsedRisk(), maracCase.isProfessionalJudgement(),
                maracCase.getProfessionalJudgementReason(), incidents, threshold, months, earlier, clock.instant()));
    }

    private List<EarlierCase> earlierCases(MaracCase maracCase, Person victim) {
        return cases.findWithVictimAmong(people.samePersonIds(victim.getId()), maracCase.getId()).stream()
                .map(c -> new EarlierCase(c.getId(), c.getReference(), c.getClosedAt()))
                .collect(Collectors.toList());
    }

    private static void checkDatesAgainstBirth(MaracCase draft) {
        draft.victim().map(CaseParty::getPerson).map(Person::getDateOfBirth).ifPresent(born -> {
            for (Incident incident : draft.getIncidents()) {
                if (incident.getOccurredAt() != null && incident.getOccurredAt().atZone(UK).toLocalDate().isBefore(born)) {
                    throw new InvalidFieldException("dateOfBirth", "person.dob.afterIncident");
                }
            }
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
