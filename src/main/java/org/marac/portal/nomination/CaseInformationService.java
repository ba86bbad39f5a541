package org.marac.portal.nomination;

import org.marac.portal.partner.CaseRoles;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.internal.CaseInformationRepository;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Information partner agencies share about a case. Anyone who may see the case reads the unrestricted
 * entries; restricted ones are read by the recording agency alone, whatever else the reader may see.
 * Only the recording agency changes an entry, and nobody adds to a closed case.
 */
@Service
@Validated
@Transactional
public class CaseInformationService {

    private static final String SUBJECT = "CASE_INFORMATION";

    private final CaseInformationRepository entries;
    private final NominationService nominations;
    private final MemberService members;
    private final ProcessingLog log;

    CaseInformationService(CaseInformationRepository entries, NominationService nominations, MemberService members,
            ProcessingLog log) {
        this.entries = entries;
        this.nominations = nominations;
        this.members = members;
        this.log = log;
    }

    /** What the acting member's agency may read about the case, newest first; logged as consulted. */
    @CaseRoles
    public List<CaseInformation> readable(Long caseId) {
        List<Long> people = nominations.peopleOfVisibleCase(caseId);
        List<CaseInformation> found = entries.findReadableBy(caseId, PortalUser.require().getAgencyId());
        if (!found.isEmpty()) {
            log.recordConsultation(ProcessingLog.Subject.of(NominationService.CASE, caseId, people),
                    "shared information: " + found.size() + " entries");
        }
        return found;
    }

    /** Every entry on the case, restricted ones included, for a subject access request (the DPO reviews before release). */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<CaseInformation> forSubjectAccess(Long caseId) {
        return entries.findByMaracCaseId(caseId);
    }

    /** As {@link #readable}, only the research recorded for one meeting. */
    @CaseRoles
    public List<CaseInformation> research(Long caseId, Long meetingId) {
        return readable(caseId).stream().filter(entry -> meetingId.equals(entry.getMeetingId())).toList();
    }

    /**
     * Records what the acting member's agency knows; {@code meetingId} names the meeting it is research
     * for, or is null between meetings.
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'SUPERVISOR', 'AGENCY_LEAD', 'CHAIR')")
    public CaseInformation record(Long caseId, Long meetingId, @Valid CaseInformation entry) {
        MaracCase maracCase = writable(caseId);
        requireContent(entry);
        Member author = members.findActive(PortalUser.require().getMemberId());
        if (author.getAgency() == null) {
            throw new InvalidFieldException("facts", "information.noAgency");
        }
        entry.recordedBy(maracCase, author.getAgency(), author, meetingId);
        CaseInformation saved = entries.saveAndFlush(entry);
        log.record(ProcessingOperation.COLLECTION, ProcessingLog.Subject.of(SUBJECT, saved.getId(),
                maracCase.personIds()), null, "case " + caseId);
        return saved;
    }

    /** Changes an entry of the acting member's own agency; a stale version is refused. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'SUPERVISOR', 'AGENCY_LEAD', 'CHAIR')")
    public CaseInformation update(Long entryId, long expectedVersion, @Valid CaseInformation changed) {
        CaseInformation stored = entries.findById(entryId).orElseThrow(CaseNotFoundException::new);
        MaracCase maracCase = writable(stored.getCaseId());
        if (!Objects.equals(stored.getAgency().getId(), PortalUser.require().getAgencyId())) {
            throw new AccessDeniedException("only the recording agency changes its information");
        }
        if (stored.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseInformation.class, entryId);
        }
        requireContent(changed);
        stored.setFacts(changed.getFacts());
        stored.setOpinion(changed.getOpinion());
        stored.setRestricted(changed.isRestricted());
        CaseInformation saved = entries.saveAndFlush(stored);
        log.record(ProcessingOperation.ALTERATION, ProcessingLog.Subject.of(SUBJECT, entryId,
                maracCase.personIds()), null, "case " + maracCase.getId());
        return saved;
    }

    /**
     * Which agencies have recorded research on which of the given cases for a meeting: the chair's
     * readiness grid. Only who and where, never content, so nobody's data is consulted.
     */
    @PreAuthorize("hasRole('CHAIR')")
    public Map<Long, Set<Long>> researchedAgencies(Long meetingId, Collection<Long> caseIds) {
        Map<Long, Set<Long>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        caseIds.forEach(nominations::checkAccess);
        for (Object[] pair : entries.findResearchedPairs(meetingId, caseIds)) {
            byCase.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
        }
        return byCase;
    }

    private MaracCase writable(Long caseId) {
        MaracCase maracCase = nominations.checkAccess(caseId);
        if (maracCase.getStatus() == CaseStatus.CLOSED) {
            throw new InvalidFieldException("facts", "case.closed.readOnly");
        }
        return maracCase;
    }

    private static void requireContent(CaseInformation entry) {
        if (blank(entry.getFacts()) && blank(entry.getOpinion())) {
            throw new InvalidFieldException("facts", "information.empty");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
