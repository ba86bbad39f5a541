package org.marac.portal.nomination;

import org.marac.portal.partner.CaseRoles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.internal.QuestionSetRepository;
import org.marac.portal.nomination.internal.RiskAssessmentRepository;
import org.marac.portal.notification.Notice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.Recipient;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The structured risk assessment: a practitioner of an agency that can see the case assesses; a
 * supervisor of the same agency (not the assessor) endorses, and may change the level with a written
 * reason. A re-assessment is a new version; earlier versions stay as they were.
 */
@Service
@Validated
@Transactional
public class RiskAssessmentService {

    private final RiskAssessmentRepository assessments;
    private final QuestionSetRepository questionSets;
    private final NominationService nominations;
    private final MemberService members;
    private final ProcessingLog log;
    private final NotificationService notifications;
    private final Clock clock;

    RiskAssessmentService(RiskAssessmentRepository assessments, QuestionSetRepository questionSets,
            NominationService nominations, MemberService members, ProcessingLog log,
            NotificationService notifications, Clock clock) {
        this.assessments = assessments;
        this.questionSets = questionSets;
        this.nominations = nominations;
        this.members = members;
        this.log = log;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Every version, newest first. */
    @CaseRoles
    public List<RiskAssessment> history(Long caseId) {
        nominations.checkAccess(caseId);
        return assessments.findByMaracCaseIdOrderByAssessmentNumberDesc(caseId);
    }

    /** Every version, for a subject access request: the data protection officer does not browse cases. */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<RiskAssessment> historyForSubjectAccess(Long caseId) {
        return assessments.findByMaracCaseIdOrderByAssessmentNumberDesc(caseId);
    }

    /**
     * The draft the practitioner should work on: the latest version while it is still a draft, otherwise a
     * new version on the current question set (not saved until they save it).
     */
    @PreAuthorize("hasRole('PRACTITIONER')")
    public RiskAssessment draftFor(Long caseId) {
        MaracCase maracCase = nominations.find(caseId);
        RiskAssessment latest = assessments.findFirstByMaracCaseIdOrderByAssessmentNumberDesc(caseId).orElse(null);
        if (latest != null && latest.getStatus() == AssessmentStatus.DRAFT) {
            return latest;
        }
        Member assessor = members.findActive(PortalUser.require().getMemberId());
        QuestionSet questions = questionSets.findFirstByActiveTrueOrderBySetVersionDesc()
                .orElseThrow(() -> new IllegalStateException("No active question set"));
        return new RiskAssessment(maracCase, latest == null ? 1 : latest.getAssessmentNumber() + 1, questions, assessor);
    }

    @PreAuthorize("hasRole('PRACTITIONER')")
    @Transactional
    public RiskAssessment save(@Valid RiskAssessment assessment) {
        if (nominations.checkAccess(assessment.getMaracCase().getId()).getStatus() == CaseStatus.CLOSED) {
            throw new InvalidFieldException("status", "case.closed.readOnly");
        }
        if (assessment.getStatus() != AssessmentStatus.DRAFT) {
            throw new InvalidFieldException("status", "risk.notEditable");
        }
        if (!assessment.getAssessor().getId().equals(PortalUser.require().getMemberId())) {
            throw new InvalidFieldException("status", "risk.notAssessor");
        }
        boolean created = assessment.isNew();
        RiskAssessment saved = assessments.saveAndFlush(assessment);
        logAssessment(created ? ProcessingOperation.COLLECTION : ProcessingOperation.ALTERATION, saved, "risk assessment");
        return saved;
    }

    private void logAssessment(ProcessingOperation operation, RiskAssessment assessment, String detail) {
        log.record(operation, ProcessingLog.Subject.of("RISK_ASSESSMENT", assessment.getId(),
                assessment.getMaracCase().personIds()), null, detail);
    }

    /** Saves and sends to the agency's supervisors; everything missing is listed at once. */
    @PreAuthorize("hasRole('PRACTITIONER')")
    @Transactional
    public RiskAssessment submitForEndorsement(@Valid RiskAssessment assessment) {
        List<String> missing = assessment.missingForEndorsement();
        if (!missing.isEmpty()) {
            throw new IncompleteNominationException(missing.stream().map(Eligibility.Reason::new).toList());
        }
        RiskAssessment saved = save(assessment);
        saved.setStatus(AssessmentStatus.AWAITING_ENDORSEMENT);
        saved.setSubmittedAt(clock.instant());
        // The supervisors who may endorse it: those of the assessor's agency (today the nominating agency).
        notifications.send(Notice.of(NotificationKind.RISK_ASSESSMENT_AWAITING_ENDORSEMENT)
                .caseReference(saved.getMaracCase().getReference()).link("endorsements")
                .to(Recipient.agency(saved.getAssessorAgency().getId(), Role.SUPERVISOR)).build());
        return assessments.saveAndFlush(saved);
    }

    /** Assessments from the supervisor's own agency waiting for endorsement. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<RiskAssessment> awaitingEndorsement() {
        return assessments.findByAssessorAgencyIdAndStatusOrderBySubmittedAtAsc(PortalUser.require().getAgencyId(),
                AssessmentStatus.AWAITING_ENDORSEMENT);
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    public RiskAssessment find(Long assessmentId) {
        RiskAssessment assessment = assessments.findById(assessmentId).orElseThrow(CaseNotFoundException::new);
        nominations.checkAccess(assessment.getMaracCase().getId());
        logAssessment(ProcessingOperation.CONSULTATION, assessment, null);
        return assessment;
    }

    /**
     * Endorses: the level given here is the level that counts. Changing the assessor's level needs a
     * written reason. A supervisor does not endorse their own assessment.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public RiskAssessment endorse(Long assessmentId, long expectedVersion, RiskLevel level, String reason) {
        PortalUser user = PortalUser.require();
        RiskAssessment assessment = find(assessmentId);
        if (assessment.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RiskAssessment.class, assessmentId);
        }
        if (assessment.getStatus() != AssessmentStatus.AWAITING_ENDORSEMENT) {
            throw new InvalidFieldException("status", "risk.notAwaiting");
        }
        if (!user.hasRole(Role.SUPERVISOR) || !assessment.getAssessorAgency().getId().equals(user.getAgencyId())) {
            throw new org.springframework.security.access.AccessDeniedException("Not a supervisor of the assessor's agency");
        }
        if (assessment.getAssessor().getId().equals(user.getMemberId())) {
            throw new InvalidFieldException("level", "risk.endorse.own");
        }
        if (level == null) {
            throw new InvalidFieldException("level", "validation.required");
        }
        boolean changed = level != assessment.getAssessorLevel();
        if (changed && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "risk.endorse.reasonRequired");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidFieldException("reason", "validation.max2000");
        }
        assessment.setStatus(AssessmentStatus.ENDORSED);
        assessment.setSupervisor(members.findActive(user.getMemberId()));
        assessment.setEndorsedLevel(level);
        assessment.setEndorsementReason(reason == null || reason.isBlank() ? null : reason.strip());
        assessment.setEndorsedAt(clock.instant());
        RiskAssessment saved = assessments.saveAndFlush(assessment);
        nominations.recordEndorsedRisk(saved.getMaracCase(), level);
        return saved;
    }
}
