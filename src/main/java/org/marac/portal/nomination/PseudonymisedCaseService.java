package org.marac.portal.nomination;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.nomination.internal.CaseEventRepository;
import org.marac.portal.nomination.internal.CaseInformationRepository;
import org.marac.portal.nomination.internal.CaseRepository;
import org.marac.portal.nomination.internal.RiskAssessmentRepository;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.person.AgeBand;
import org.marac.portal.person.IdentifyingText;
import org.marac.portal.person.Person;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed cases for community scrutiny, and nothing more: the one way into a case for the scrutiny roles,
 * whom {@link CaseAccessPolicy} never lets in. A panel member gets only a {@link PseudonymisedCase} built
 * here, of a closed case that a review meeting of their panel selected and whose redacted summary was
 * released ({@link ScrutinySelection}); the area chair or the data protection officer read the case's own
 * words to write that summary. Every read, and every refusal, is in the processing log.
 */
@Service
@Transactional
public class PseudonymisedCaseService {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final String SCRUTINY = "scrutiny";

    /** Who a party is in the pseudonymised view: the victim, perpetrator 1; no role for the case itself. */
    private record PartyKey(PartyRole role, int number) {
    }

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final RiskAssessmentRepository assessments;
    private final CaseInformationRepository information;
    private final List<ScrutinySelection> selections;
    private final ProcessingLog log;
    private final EntityManager entityManager;

    PseudonymisedCaseService(CaseRepository cases, CaseEventRepository events, RiskAssessmentRepository assessments,
            CaseInformationRepository information, List<ScrutinySelection> selections, ProcessingLog log,
            EntityManager entityManager) {
        this.cases = cases;
        this.events = events;
        this.assessments = assessments;
        this.information = information;
        this.selections = selections;
        this.log = log;
        this.entityManager = entityManager;
    }

    /**
     * The ids of the closed cases matching a panel's sample filter, in ascending order: the candidates of a
     * random draw. Only a scrutiny chair whose panel covers every area asked about; ids only, no content.
     */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public List<Long> closedCaseIds(ClosedCaseFilter filter) {
        PortalUser user = PortalUser.require();
        if (filter.areaIds().isEmpty() || selections.stream().noneMatch(s -> s.maySample(user, filter.areaIds()))) {
            log.recordDenial(ProcessingLog.Subject.of("SCRUTINY_CANDIDATES", null, List.of()), "areas " + filter.areaIds());
            throw new CaseNotFoundException();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<MaracCase> root = query.from(MaracCase.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("status"), CaseStatus.CLOSED));
        where.add(root.get("area").get("id").in(filter.areaIds()));
        if (filter.closedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("closedAt"), filter.closedFrom().atStartOfDay(UK).toInstant()));
        }
        if (filter.closedTo() != null) {
            where.add(cb.lessThan(root.get("closedAt"), filter.closedTo().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        if (!filter.cpsOutcomes().isEmpty()) {
            where.add(root.get("cpsOutcome").in(filter.cpsOutcomes()));
        }
        if (!filter.closureReasons().isEmpty()) {
            where.add(root.get("closureReason").in(filter.closureReasons()));
        }
        if (!filter.finalRisks().isEmpty()) {
            where.add(root.get("finalRisk").in(filter.finalRisks()));
        }
        if (!filter.endorsedRisks().isEmpty()) {
            where.add(root.get("endorsedRisk").in(filter.endorsedRisks()));
        }
        if (!filter.strands().isEmpty()) {
            Subquery<Long> withStrand = query.subquery(Long.class);
            Root<Incident> incident = withStrand.from(Incident.class);
            Join<Incident, Strand> strand = incident.join("strands");
            withStrand.select(incident.get("id")).where(cb.equal(incident.get("maracCase"), root),
                    strand.in(filter.strands()));
            where.add(cb.exists(withStrand));
        }
        List<Long> ids = entityManager.createQuery(query.select(root.get("id")).where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(root.get("id")))).getResultList();
        log.recordConsultation(ProcessingLog.Subject.of("SCRUTINY_CANDIDATES", null, List.of()),
                ids.size() + " closed cases matched a scrutiny sample filter (ids only)");
        return ids;
    }

    /**
     * The pseudonymised case, for a member of a panel it was released to, or for the area chair or data
     * protection officer preparing it (to see what the panel will see). Logged as a consultation.
     */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER', 'CHAIR', 'DATA_PROTECTION_OFFICER')")
    public PseudonymisedCase forReview(Long caseId) {
        MaracCase maracCase = readable(caseId);
        log.recordConsultation(ProcessingLog.Subject.of(NominationService.CASE, caseId,
                maracCase.personIds()), "pseudonymised for " + SCRUTINY);
        return pseudonymise(maracCase);
    }

    /**
     * Checks that the acting member may read the case pseudonymised, as {@link #forReview} does, for another
     * module that adds its own facts to the view (and logs its own reading).
     */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER', 'CHAIR', 'DATA_PROTECTION_OFFICER')")
    public ReviewAccess requireReviewAccess(Long caseId) {
        return new ReviewAccess(caseId, dayZero(readable(caseId)));
    }

    /**
     * The case's own words and its people's identifiers, for the area chair of the case or the data
     * protection officer writing the redacted summary of a case selected for review. Logged.
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public ScrutinyCaseSource sourceForSummary(Long caseId) {
        MaracCase maracCase = preparable(caseId);
        log.recordConsultation(ProcessingLog.Subject.of(NominationService.CASE, caseId,
                maracCase.personIds()), "source text for a " + SCRUTINY + " summary");
        return new ScrutinyCaseSource(caseId, maracCase.getReference(),
                maracCase.getArea() == null ? null : maracCase.getArea().getName(), sourceTexts(maracCase),
                identifiersOf(maracCase).entrySet().stream()
                        .map(entry -> new ScrutinyCaseSource.PartyIdentifiers(entry.getKey().role(),
                                entry.getKey().number(), entry.getValue().values()))
                        .filter(party -> !party.values().isEmpty()).toList());
    }

    /**
     * For each text, the identifiers of the people of any of these cases found in it. Asked by those who
     * prepare or work on a scrutiny review of every one of the cases; each check is logged, so that anyone
     * trying names against the case leaves a trace for the data protection officer.
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER', 'SCRUTINY_CHAIR', 'SCRUTINY_MEMBER', 'AGENCY_LEAD')")
    public List<List<IdentifierFinding>> identifiersIn(Collection<Long> caseIds, List<String> texts) {
        PortalUser user = PortalUser.require();
        Map<Long, MaracCase> checked = new LinkedHashMap<>();
        for (Long caseId : new LinkedHashSet<>(caseIds)) {
            MaracCase maracCase = caseId == null ? null : cases.findById(caseId).orElse(null);
            if (maracCase == null || !(isPreparer(user, maracCase) || isPanelWork(user, caseId))) {
                deny(caseId, "identifier check");
            }
            checked.put(caseId, maracCase);
        }
        List<List<IdentifierFinding>> results = new ArrayList<>();
        for (String text : texts) {
            List<IdentifierFinding> findings = new ArrayList<>();
            checked.forEach((caseId, maracCase) -> IdentifyingText.find(text, identifiersOf(maracCase)).forEach(found ->
                    findings.add(new IdentifierFinding(caseId, found.owner().role(), found.owner().number(),
                            found.kind(), found.fragment()))));
            results.add(findings);
        }
        if (!checked.isEmpty()) {
            long found = results.stream().mapToLong(List::size).sum();
            log.recordConsultation(ProcessingLog.Subject.of("SCRUTINY_TEXT_CHECK", null,
                    checked.values().stream().flatMap(c -> c.personIds().stream()).toList()),
                    "cases " + checked.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                            + ": " + texts.size() + " texts checked for identifiers, " + found + " found");
        }
        return results;
    }

    /**
     * Records the release of a case's redacted summary and pseudonymised facts to a scrutiny panel, as a
     * disclosure to each agency its members work for. Joins the releasing transaction.
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public void recordRelease(Long caseId, Collection<Long> recipientAgencyIds, String detail) {
        MaracCase maracCase = preparable(caseId);
        for (Long agencyId : new LinkedHashSet<>(recipientAgencyIds)) {
            log.record(ProcessingOperation.DISCLOSURE, ProcessingLog.Subject.of(NominationService.CASE, caseId,
                    maracCase.personIds()), agencyId, "pseudonymised for " + SCRUTINY + ": " + detail);
        }
    }

    /** The references of those of these cases whose scrutiny summary the acting member may prepare. */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public Map<Long, String> preparable(Collection<Long> caseIds) {
        PortalUser user = PortalUser.require();
        Map<Long, String> references = new LinkedHashMap<>();
        cases.findAllById(caseIds).stream()
                .filter(maracCase -> maracCase.getStatus() == CaseStatus.CLOSED && isPreparer(user, maracCase))
                .forEach(maracCase -> references.put(maracCase.getId(), maracCase.getReference()));
        return references;
    }

    /**
     * Logs scrutiny work on a case (a review written, a finding agreed, a case selected or swapped) against
     * the case's people, for members who may work on it.
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER', 'SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public void logScrutinyWork(Long caseId, ProcessingOperation operation, String detail) {
        PortalUser user = PortalUser.require();
        MaracCase maracCase = caseId == null ? null : cases.findById(caseId).orElse(null);
        if (maracCase == null || !(isPreparer(user, maracCase) || isPanelWork(user, caseId))) {
            deny(caseId, detail);
        }
        log.record(operation, ProcessingLog.Subject.of(NominationService.CASE, caseId, maracCase.personIds()), null,
                SCRUTINY + ": " + detail);
    }

    private MaracCase readable(Long caseId) {
        PortalUser user = PortalUser.require();
        MaracCase maracCase = closed(caseId);
        boolean reviewer = (user.hasRole(Role.SCRUTINY_CHAIR) || user.hasRole(Role.SCRUTINY_MEMBER))
                && selections.stream().anyMatch(s -> s.mayReadPseudonymised(user, caseId));
        if (!reviewer && !isPreparer(user, maracCase)) {
            deny(caseId, "pseudonymised view");
        }
        return maracCase;
    }

    private MaracCase preparable(Long caseId) {
        MaracCase maracCase = closed(caseId);
        if (!isPreparer(PortalUser.require(), maracCase)) {
            deny(caseId, "scrutiny summary");
        }
        return maracCase;
    }

    /** Only a closed case ever reaches a scrutiny panel; an open one is as good as not there. */
    private MaracCase closed(Long caseId) {
        MaracCase maracCase = caseId == null ? null : cases.findById(caseId).orElse(null);
        if (maracCase == null || maracCase.getStatus() != CaseStatus.CLOSED) {
            deny(caseId, "not a closed case");
        }
        return maracCase;
    }

    private boolean isPreparer(PortalUser user, MaracCase maracCase) {
        return (maracCase.isChairedBy(user) || user.hasRole(Role.DATA_PROTECTION_OFFICER))
                && selections.stream().anyMatch(s -> s.isSelectedForReview(maracCase.getId()));
    }

    private boolean isPanelWork(PortalUser user, Long caseId) {
        return selections.stream().anyMatch(s -> s.isPanelWorkOn(user, caseId));
    }

    private void deny(Long caseId, String detail) {
        log.recordDenial(ProcessingLog.Subject.of(NominationService.CASE, caseId, List.of()), SCRUTINY + ": " + detail);
        throw new CaseNotFoundException();
    }

    private static LocalDate dayZero(MaracCase maracCase) {
        Instant nominated = maracCase.getSubmittedAt() != null ? maracCase.getSubmittedAt() : maracCase.getCreatedAt();
        return nominated.atZone(UK).toLocalDate();
    }

    private static int day(LocalDate dayZero, Instant at) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(dayZero, at.atZone(UK).toLocalDate());
    }

    private PseudonymisedCase pseudonymise(MaracCase maracCase) {
        LocalDate dayZero = dayZero(maracCase);
        Set<String> areaStrands = maracCase.getArea() == null ? Set.of() : Set.copyOf(maracCase.getArea().getLocalStrands());
        List<PseudonymisedCase.Party> people = new ArrayList<>();
        parties(maracCase).forEach((key, person) -> people.add(new PseudonymisedCase.Party(key.role(), key.number(),
                person.getDateOfBirth() != null ? AgeBand.at(person.getDateOfBirth(), dayZero) : person.getAgeBand(),
                person.isInterpreterNeeded(), Set.copyOf(person.getAccessibleFormats()), person.getLetterSafe(),
                person.getPhoneSafe(), person.getPronouns() != null,
                person.getSafeContactHours() != null || person.getSafeContactVia() != null,
                new PseudonymisedCase.EqualityMonitoring(person.getGenderIdentity().getDisclosure(),
                        person.getEthnicity().getDisclosure(), person.getReligion().getDisclosure(),
                        person.getSexualOrientation().getDisclosure(), person.getDisability().getDisclosure()))));
        List<PseudonymisedCase.IncidentFacts> incidents = new ArrayList<>();
        int number = 0;
        for (Incident incident : maracCase.getIncidents()) {
            incidents.add(new PseudonymisedCase.IncidentFacts(++number, day(dayZero, incident.getOccurredAt()),
                    incident.getKind(), Set.copyOf(incident.getStrands()),
                    incident.getLocalStrands().stream().filter(areaStrands::contains).sorted().toList(),
                    incident.isCyberEnabled(), incident.getPerceivedBy(), incident.getReportingRoute(),
                    incident.getVictimWords() != null && !incident.getVictimWords().isBlank(),
                    incident.getCrimeReference() != null));
        }
        List<PseudonymisedCase.AssessmentFacts> risk = assessments.findByMaracCaseIdOrderByAssessmentNumberDesc(
                maracCase.getId()).reversed().stream().map(assessment -> new PseudonymisedCase.AssessmentFacts(
                        assessment.getAssessmentNumber(), assessment.getStatus(),
                        assessment.getSubmittedAt() == null ? null : day(dayZero, assessment.getSubmittedAt()),
                        assessment.getEndorsedAt() == null ? null : day(dayZero, assessment.getEndorsedAt()),
                        assessment.getAssessorLevel(), assessment.getEndorsedLevel(), assessment.getCurrentHarm(),
                        assessment.getRepeatVictimisation(), assessment.getCommunityCohesion(),
                        assessment.getAgencyConfidence(), answered(assessment, Answer.YES), answered(assessment, Answer.NO),
                        answered(assessment, Answer.DONT_KNOW), assessment.getQuestionSet().getQuestions().size(),
                        assessment.getPlan().size(),
                        assessment.getRationale() != null && !assessment.getRationale().isBlank()))
                .toList();
        List<PseudonymisedCase.Step> timeline = events.timeline(maracCase.getId()).stream()
                .map(event -> new PseudonymisedCase.Step(event.getStatus(), day(dayZero, event.getCreatedAt()))).toList();
        return new PseudonymisedCase(
                maracCase.getArea() == null ? null : maracCase.getArea().getName(),
                maracCase.getNominatingAgency().getName(),
                YearMonth.from(dayZero),
                maracCase.getClosedAt() == null ? null : YearMonth.from(maracCase.getClosedAt().atZone(UK)),
                maracCase.getDecidedAt() == null ? null : day(dayZero, maracCase.getDecidedAt()),
                maracCase.getClosedAt() == null ? null : day(dayZero, maracCase.getClosedAt()),
                maracCase.getEligibilityRoute(), maracCase.isRepeatCase(), maracCase.isProfessionalJudgement(),
                maracCase.getEndorsedRisk(), maracCase.getFinalRisk(), maracCase.getClosureReason(),
                maracCase.getCpsOutcome(), maracCase.getVictimAware(), maracCase.getVictimConsented(),
                maracCase.getLawfulBasis(), maracCase.getReferralModel(), maracCase.getVictimSupportChoice(),
                maracCase.isChildrenInHousehold(), people, incidents, risk, timeline,
                (int) information.countSharingAgencies(maracCase.getId()));
    }

    private static int answered(RiskAssessment assessment, Answer answer) {
        return (int) assessment.getAnswers().values().stream().filter(a -> a.getAnswer() == answer).count();
    }

    /** The case's people in role order, the victim unnumbered and everyone else numbered within their role. */
    private static Map<PartyKey, Person> parties(MaracCase maracCase) {
        Map<PartyKey, Person> parties = new LinkedHashMap<>();
        for (PartyRole role : PartyRole.values()) {
            int number = 0;
            for (CaseParty party : maracCase.partiesIn(role)) {
                number++;
                parties.put(new PartyKey(role, role == PartyRole.VICTIM ? 0 : number), party.getPerson());
            }
        }
        return parties;
    }

    /** Everything that identifies the case's people, and the case's own references (crime and portal). */
    private static Map<PartyKey, IdentifyingText.Identifiers> identifiersOf(MaracCase maracCase) {
        Map<PartyKey, IdentifyingText.Identifiers> identifiers = new LinkedHashMap<>();
        parties(maracCase).forEach((key, person) -> identifiers.put(key, IdentifyingText.Identifiers.of(person)));
        List<String> references = new ArrayList<>();
        references.add(maracCase.getReference());
        maracCase.getIncidents().stream().map(Incident::getCrimeReference).filter(Objects::nonNull).forEach(references::add);
        identifiers.put(new PartyKey(null, 0), IdentifyingText.Identifiers.references(
                references.stream().filter(Objects::nonNull).toList()));
        return identifiers;
    }

    private List<ScrutinyCaseSource.SourceText> sourceTexts(MaracCase maracCase) {
        List<ScrutinyCaseSource.SourceText> texts = new ArrayList<>();
        addText(texts, "scrutiny.source.reason", List.of(), maracCase.getReason());
        addText(texts, "scrutiny.source.actionsSoFar", List.of(), maracCase.getActionsSoFar());
        addText(texts, "scrutiny.source.professionalJudgement", List.of(), maracCase.getProfessionalJudgementReason());
        addText(texts, "scrutiny.source.sharingReason", List.of(), maracCase.getSharingWithoutConsentReason());
        int number = 0;
        for (Incident incident : maracCase.getIncidents()) {
            number++;
            addText(texts, "scrutiny.source.incident", List.of(number), incident.getDescription());
            addText(texts, "scrutiny.source.victimWords", List.of(number), incident.getVictimWords());
        }
        for (RiskAssessment assessment : assessments.findByMaracCaseIdOrderByAssessmentNumberDesc(maracCase.getId()).reversed()) {
            addText(texts, "scrutiny.source.rationale", List.of(assessment.getAssessmentNumber()), assessment.getRationale());
            addText(texts, "scrutiny.source.endorsement", List.of(assessment.getAssessmentNumber()),
                    assessment.getEndorsementReason());
            assessment.getPlan().forEach(item -> addText(texts, "scrutiny.source.plan",
                    List.of(assessment.getAssessmentNumber()), item.getMeasure()));
        }
        information.findUnrestricted(maracCase.getId()).forEach(entry -> {
            addText(texts, "scrutiny.source.facts", List.of(entry.getAgency().getName()), entry.getFacts());
            addText(texts, "scrutiny.source.opinion", List.of(entry.getAgency().getName()), entry.getOpinion());
        });
        events.timeline(maracCase.getId()).forEach(event -> addText(texts,
                "scrutiny.source.event." + event.getStatus().name(), List.of(), event.getNote()));
        addText(texts, "scrutiny.source.closureNote", List.of(), maracCase.getClosureNote());
        return texts;
    }

    private static void addText(List<ScrutinyCaseSource.SourceText> texts, String key, List<Object> arguments, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new ScrutinyCaseSource.SourceText(key, arguments, text));
        }
    }
}
