package org.marac.portal.generator;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.marac.portal.audit.BulkChainWriter;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.generator.Force.AssessmentPlan;
import org.marac.portal.generator.Force.MemberInfo;
import org.marac.portal.nomination.Answer;
import org.marac.portal.nomination.Rating;
import org.marac.portal.nomination.RiskLevel;

/**
 * The risk assessments the case step planned: 27 answers in keeping with the level (a weapon or an extremist
 * group is rarer than fear of going out), the four diagnostic judgements, the assessor's rationale, the risk
 * management plan with owning agencies, and the supervisor's endorsement. Drafts are part-filled.
 */
final class RiskAssessmentStep implements GenerationStep {

    /** How often each question is answered yes, relative to the others (questions 1 to 27). */
    private static final double[] QUESTION_RATES = {0.8, 0.25, 1.2, 0.9, 0.9, 0.5, 0.8, 1.2, 1.1, 0.9, 0.8, 0.2, 0.4,
            1.4, 1.3, 1.0, 1.0, 0.9, 0.7, 1.0, 1.2, 1.4, 0.8, 0.7, 1.2, 0.6, 0.7};

    @Override
    public String title() {
        return "Risk assessments";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        List<AssessmentPlan> assessments = force.assessments;
        Progress.Step bar = context.bar(assessments.size(), "assessments");
        SplittableRandom random = context.random("assessments");
        long nextId = context.ids("risk_assessment", assessments.size());
        GenerationContext.Rows rows = context.rows("risk_assessment", "id", "version", "created_at", "modified_at",
                "case_id", "assessment_number", "question_set_id", "assessor_id", "assessor_agency_id", "status",
                "current_harm", "repeat_victimisation", "community_cohesion", "agency_confidence", "assessor_level",
                "rationale", "submitted_at", "supervisor_id", "endorsed_level", "endorsement_reason", "endorsed_at");
        GenerationContext.Rows answers = context.rows("risk_answer", "assessment_id", "question_id", "answer", "note");
        GenerationContext.Rows plans = context.rows("risk_plan_item", "assessment_id", "position", "measure", "owner", "due");
        for (AssessmentPlan assessment : assessments) {
            assessment.id = nextId++;
            boolean complete = assessment.submitted != null;
            RiskLevel level = assessment.assessorLevel;
            Instant modified = assessment.endorsed != null ? assessment.endorsed
                    : assessment.submitted != null ? assessment.submitted : assessment.created;
            rows.row().add(assessment.id).add(assessment.saves + (complete ? 1 : 0) + (assessment.endorsed != null ? 1 : 0))
                    .add(assessment.created).add(modified).add(assessment.maracCase.id).add(assessment.number)
                    .add(force.questionSetId).add(assessment.assessor.id()).add(assessment.assessor.agency().id)
                    .add(assessment.status())
                    .add(diagnostic(random, level, complete, 0.7)).add(diagnostic(random, level, complete, 0.6))
                    .add(diagnostic(random, level, complete, 0.3)).add(confidence(random, level, complete))
                    .add(complete || random.nextBoolean() ? level : null)
                    .add(complete || random.nextBoolean() ? Vocabulary.pick(random, switch (level) {
                        case HIGH -> Vocabulary.RATIONALES_HIGH;
                        case MEDIUM -> Vocabulary.RATIONALES_MEDIUM;
                        case STANDARD -> Vocabulary.RATIONALES_STANDARD;
                    }) : null)
                    .add(assessment.submitted).add(assessment.supervisor == null ? null : assessment.supervisor.id())
                    .add(assessment.endorsedLevel).add(assessment.endorsementReason).add(assessment.endorsed).endRow();
            double yes = level == RiskLevel.HIGH ? 0.55 : level == RiskLevel.MEDIUM ? 0.35 : 0.15;
            for (int q = 0; q < force.questionIds.length; q++) {
                if (!complete && random.nextDouble() < 0.4) {
                    continue;
                }
                double draw = random.nextDouble();
                Answer answer = draw < 0.05 ? Answer.DONT_KNOW
                        : draw < 0.05 + yes * QUESTION_RATES[q % QUESTION_RATES.length] ? Answer.YES : Answer.NO;
                answers.row().add(assessment.id).add(force.questionIds[q]).add(answer)
                        .add(answer == Answer.YES && random.nextDouble() < 0.15 ? Vocabulary.pick(random, Vocabulary.ANSWER_NOTES) : null)
                        .endRow();
            }
            if (complete || random.nextBoolean()) {
                List<Vocabulary.PlanSeed> seeds = new ArrayList<>(Vocabulary.PLAN_ITEMS);
                Collections.shuffle(seeds, new java.util.Random(random.nextLong()));
                int items = 1 + random.nextInt(level == RiskLevel.HIGH ? 4 : 2);
                LocalDate start = assessment.created.atZone(Calendar.UK).toLocalDate();
                for (int position = 0; position < items; position++) {
                    Vocabulary.PlanSeed seed = seeds.get(position);
                    String owner = force.agencies.stream().filter(a -> a.type == seed.owner()).map(a -> a.name).findFirst()
                            .orElse(assessment.assessor.agency().name);
                    plans.row().add(assessment.id).add(position).add(seed.measure()).add(owner)
                            .add(random.nextDouble() < 0.9 ? start.plusDays(7 + random.nextInt(36)) : null).endRow();
                }
            }
            bar.advance(1);
        }
        rows.flush();
        answers.flush();
        plans.flush();
        registerLogEvents(force, random);
        bar.finish();
    }

    private static Rating diagnostic(SplittableRandom random, RiskLevel level, boolean complete, double strength) {
        if (!complete && random.nextDouble() < 0.5) {
            return null;
        }
        double draw = random.nextDouble();
        double high = level == RiskLevel.HIGH ? strength : level == RiskLevel.MEDIUM ? strength / 2.5 : strength / 6;
        return draw < high ? Rating.HIGH : draw < high + 0.4 ? Rating.MEDIUM : Rating.LOW;
    }

    /** Confidence that agencies can manage the risk runs against the level. */
    private static Rating confidence(SplittableRandom random, RiskLevel level, boolean complete) {
        if (!complete && random.nextDouble() < 0.5) {
            return null;
        }
        double draw = random.nextDouble();
        return switch (level) {
            case HIGH -> draw < 0.55 ? Rating.LOW : draw < 0.9 ? Rating.MEDIUM : Rating.HIGH;
            case MEDIUM -> draw < 0.3 ? Rating.LOW : draw < 0.8 ? Rating.MEDIUM : Rating.HIGH;
            case STANDARD -> draw < 0.1 ? Rating.LOW : draw < 0.4 ? Rating.MEDIUM : Rating.HIGH;
        };
    }

    /** As RiskAssessmentService writes the log: opening the case, saves, sending, the supervisor's reading and endorsement. */
    private static void registerLogEvents(Force force, SplittableRandom random) {
        List<AssessmentPlan> assessments = force.assessments;
        LogEvents log = force.log;
        int openedCase = log.kind((ref, at, r) -> CaseStep.caseEntry(assessments.get(ref).maracCase, at,
                assessments.get(ref).assessor, ProcessingOperation.CONSULTATION, null));
        int collected = log.kind((ref, at, r) -> entry(assessments.get(ref), at, assessments.get(ref).assessor,
                ProcessingOperation.COLLECTION, "risk assessment"));
        int saved = log.kind((ref, at, r) -> entry(assessments.get(ref), at, assessments.get(ref).assessor,
                ProcessingOperation.ALTERATION, "risk assessment"));
        int read = log.kind((ref, at, r) -> entry(assessments.get(ref), at, assessments.get(ref).supervisor,
                ProcessingOperation.CONSULTATION, null));
        int endorsed = log.kind((ref, at, r) -> CaseStep.caseEntry(assessments.get(ref).maracCase, at,
                assessments.get(ref).supervisor, ProcessingOperation.ALTERATION,
                "endorsed risk " + assessments.get(ref).endorsedLevel));
        for (int i = 0; i < assessments.size(); i++) {
            AssessmentPlan assessment = assessments.get(i);
            log.add(openedCase, assessment.created.minusSeconds(60), i);
            log.add(collected, assessment.created, i);
            Instant last = assessment.submitted != null ? assessment.submitted : assessment.created.plusSeconds(86_400);
            long span = Math.max(120, last.getEpochSecond() - assessment.created.getEpochSecond());
            for (int s = 0; s < assessment.saves; s++) {
                log.add(saved, assessment.created.plusSeconds(60 + (long) (random.nextDouble() * (span - 60))), i);
            }
            if (assessment.submitted != null) {
                log.add(saved, assessment.submitted, i);
            }
            if (assessment.endorsed != null) {
                log.add(read, assessment.endorsed.minusSeconds(300 + random.nextInt(3000)), i);
                log.add(read, assessment.endorsed.minusSeconds(1), i);
                log.add(endorsed, assessment.endorsed, i);
            }
        }
    }

    private static BulkChainWriter.Item entry(AssessmentPlan assessment, Instant at, MemberInfo member,
            ProcessingOperation operation, String detail) {
        return new BulkChainWriter.Item(at, member.id(), member.agency().id, operation, "RISK_ASSESSMENT", assessment.id,
                assessment.maracCase.personIds(), null, detail);
    }
}
