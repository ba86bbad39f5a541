package org.marac.portal.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.base.erasure.CaseErasure;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;

/**
 * One version of the structured hate crime risk assessment of a case: answers, the four diagnostic
 * judgements, the assessor's level with a rationale, the risk management plan, and the supervisor's
 * endorsement, which alone sets the level that counts. A re-assessment is a new version.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @Column(name = "assessment_number", nullable = false)
    private int assessmentNumber;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "question_set_id", nullable = false)
    private QuestionSet questionSet;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "assessor_id", nullable = false)
    private Member assessor;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "assessor_agency_id", nullable = false)
    private Agency assessorAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "question_id")
    private Map<Long, RiskAnswer> answers = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "current_harm", length = 10)
    private Rating currentHarm;

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_victimisation", length = 10)
    private Rating repeatVictimisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "community_cohesion", length = 10)
    private Rating communityCohesion;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_confidence", length = 10)
    private Rating agencyConfidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessor_level", length = 10)
    private RiskLevel assessorLevel;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String rationale;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_plan_item", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<PlanItem> plan = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "supervisor_id")
    private Member supervisor;

    @Enumerated(EnumType.STRING)
    @Column(name = "endorsed_level", length = 10)
    private RiskLevel endorsedLevel;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "endorsement_reason", length = 2000)
    private String endorsementReason;

    @Column(name = "endorsed_at")
    private Instant endorsedAt;

    protected RiskAssessment() {
    }

    RiskAssessment(MaracCase maracCase, int assessmentNumber, QuestionSet questionSet, Member assessor) {
        this.maracCase = maracCase;
        this.assessmentNumber = assessmentNumber;
        this.questionSet = questionSet;
        this.assessor = assessor;
        this.assessorAgency = assessor.getAgency();
    }

    /** What is still missing before a supervisor can be asked to endorse: message keys. */
    public List<String> missingForEndorsement() {
        List<String> missing = new ArrayList<>();
        long unanswered = questionSet.getQuestions().stream().filter(q -> !answers.containsKey(q.getId())).count();
        if (unanswered > 0) {
            missing.add("risk.missing.answers");
        }
        if (currentHarm == null || repeatVictimisation == null || communityCohesion == null || agencyConfidence == null) {
            missing.add("risk.missing.diagnostics");
        }
        if (assessorLevel == null) {
            missing.add("risk.missing.level");
        }
        if (rationale == null || rationale.isBlank()) {
            missing.add("risk.missing.rationale");
        }
        if (plan.isEmpty()) {
            missing.add("risk.missing.plan");
        }
        return missing;
    }

    public MaracCase getMaracCase() { return maracCase; }
    public int getAssessmentNumber() { return assessmentNumber; }
    public QuestionSet getQuestionSet() { return questionSet; }
    public Member getAssessor() { return assessor; }
    public Agency getAssessorAgency() { return assessorAgency; }
    public AssessmentStatus getStatus() { return status; }
    void setStatus(AssessmentStatus status) { this.status = status; }
    public Map<Long, RiskAnswer> getAnswers() { return answers; }
    public void setAnswers(Map<Long, RiskAnswer> answers) { this.answers = new HashMap<>(answers); }
    public Rating getCurrentHarm() { return currentHarm; }
    public void setCurrentHarm(Rating currentHarm) { this.currentHarm = currentHarm; }
    public Rating getRepeatVictimisation() { return repeatVictimisation; }
    public void setRepeatVictimisation(Rating repeatVictimisation) { this.repeatVictimisation = repeatVictimisation; }
    public Rating getCommunityCohesion() { return communityCohesion; }
    public void setCommunityCohesion(Rating communityCohesion) { this.communityCohesion = communityCohesion; }
    public Rating getAgencyConfidence() { return agencyConfidence; }
    public void setAgencyConfidence(Rating agencyConfidence) { this.agencyConfidence = agencyConfidence; }
    public RiskLevel getAssessorLevel() { return assessorLevel; }
    public void setAssessorLevel(RiskLevel assessorLevel) { this.assessorLevel = assessorLevel; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public List<PlanItem> getPlan() { return plan; }
    public void setPlan(List<PlanItem> plan) { this.plan = new ArrayList<>(plan); }
    public Instant getSubmittedAt() { return submittedAt; }
    void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public Member getSupervisor() { return supervisor; }
    void setSupervisor(Member supervisor) { this.supervisor = supervisor; }
    public RiskLevel getEndorsedLevel() { return endorsedLevel; }
    void setEndorsedLevel(RiskLevel endorsedLevel) { this.endorsedLevel = endorsedLevel; }
    public String getEndorsementReason() { return endorsementReason; }
    void setEndorsementReason(String endorsementReason) { this.endorsementReason = endorsementReason; }

    /** Replaces the assessor's and supervisor's words; answers, ratings and levels stay. */
    void eraseFreeText() {
        rationale = CaseErasure.erased(rationale);
        endorsementReason = CaseErasure.erased(endorsementReason);
        answers.replaceAll((question, answer) -> new RiskAnswer(answer.getAnswer(), CaseErasure.erased(answer.getNote())));
        plan = new ArrayList<>(plan.stream().map(item -> new PlanItem(CaseErasure.ERASED, item.getOwner(), item.getDue())).toList());
    }
    public Instant getEndorsedAt() { return endorsedAt; }
    void setEndorsedAt(Instant endorsedAt) { this.endorsedAt = endorsedAt; }
}
