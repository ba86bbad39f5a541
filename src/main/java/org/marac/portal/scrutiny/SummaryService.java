package org.marac.portal.scrutiny;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.marac.portal.action.ActionFacts;
import org.marac.portal.action.ActionService;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.IdentifierFinding;
import org.marac.portal.nomination.PseudonymisedCase;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.nomination.ScrutinyCaseSource;
import org.marac.portal.scrutiny.internal.ReviewCaseRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate between a case and its panel: the area chair of the case, or the data protection officer, writes
 * a redacted summary of the case's own words and releases it, with the pseudonymised facts, to the panel.
 * Release is refused while the summary contains any name, alias, postcode, address or other identifier of
 * the case's people. A case can be withheld instead, for the scrutiny chair to swap.
 */
@Service
@Transactional
public class SummaryService {

    /** A selected case waiting for (or holding) its summary, as the preparer's list shows it. */
    public record Task(ReviewCase reviewCase, String reference) {
    }

    /** Everything a preparer needs on one page: the case's words, what the panel will see, the draft. */
    public record Work(ReviewCase reviewCase, ScrutinyCaseSource source, PseudonymisedCase preview,
            List<ActionFacts> actions) {
    }

    private final ReviewCaseRepository reviewCases;
    private final PseudonymisedCaseService pseudonymised;
    private final ActionService actions;
    private final ScrutinyAccess access;
    private final Clock clock;

    SummaryService(ReviewCaseRepository reviewCases, PseudonymisedCaseService pseudonymised, ActionService actions,
            ScrutinyAccess access, Clock clock) {
        this.reviewCases = reviewCases;
        this.pseudonymised = pseudonymised;
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    /** Selected cases of open meetings whose summary the acting member may prepare, with their references. */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public List<Task> tasks() {
        List<ReviewCase> open = reviewCases.findOpenIn(List.of(SelectionStatus.AWAITING_SUMMARY, SelectionStatus.WITHHELD,
                SelectionStatus.RELEASED), MeetingStatus.CONCLUDED);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, String> references = pseudonymised.preparable(open.stream().map(ReviewCase::getCaseId).toList());
        return open.stream().filter(rc -> references.containsKey(rc.getCaseId()))
                .map(rc -> new Task(rc, references.get(rc.getCaseId()))).toList();
    }

    /** Opens a selected case for its summary: reading the case's words is logged. */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public Work open(Long reviewCaseId) {
        ReviewCase reviewCase = preparable(reviewCaseId);
        ScrutinyCaseSource source = pseudonymised.sourceForSummary(reviewCase.getCaseId());
        return new Work(reviewCase, source, pseudonymised.forReview(reviewCase.getCaseId()),
                actions.factsForScrutiny(reviewCase.getCaseId()));
    }

    /** Keeps a draft of the summary; the panel sees nothing until it is released. */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public ReviewCase saveDraft(Long reviewCaseId, long expectedVersion, String summary) {
        ReviewCase reviewCase = current(reviewCaseId, expectedVersion);
        String text = checkedLength(summary);
        reviewCase.saveSummary(text, access.acting(), clock.instant());
        ReviewCase saved = reviewCases.saveAndFlush(reviewCase);
        pseudonymised.logScrutinyWork(reviewCase.getCaseId(), ProcessingOperation.ALTERATION, "summary draft for case "
                + reviewCase.getLabelNumber() + " of review meeting " + reviewCase.getMeeting().getId());
        return saved;
    }

    /** The identifiers of the case's people found in a draft summary, for the preparer to remove. */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public List<IdentifierFinding> check(Long reviewCaseId, String summary) {
        ReviewCase reviewCase = preparable(reviewCaseId);
        return pseudonymised.identifiersIn(List.of(reviewCase.getCaseId()), List.of(summary == null ? "" : summary)).get(0);
    }

    /**
     * Releases the summary and the pseudonymised case to the panel, refused while the summary identifies
     * anyone. Recorded as a disclosure to each agency the panel's members work for. A refusal keeps the log
     * of the identifier check (nothing else has changed by then).
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    @Transactional(noRollbackFor = IdentifyingTextException.class)
    public ReviewCase release(Long reviewCaseId, long expectedVersion, String summary) {
        ReviewCase reviewCase = current(reviewCaseId, expectedVersion);
        String text = checkedLength(summary);
        if (text == null) {
            throw new InvalidFieldException("summary", "scrutiny.summary.required");
        }
        List<IdentifierFinding> findings = pseudonymised.identifiersIn(List.of(reviewCase.getCaseId()), List.of(text)).get(0);
        if (!findings.isEmpty()) {
            throw new IdentifyingTextException("summary", "scrutiny.summary.identifying", findings);
        }
        PseudonymisedCase facts = pseudonymised.forReview(reviewCase.getCaseId());
        reviewCase.saveSummary(text, access.acting(), clock.instant());
        reviewCase.release(access.acting(), clock.instant(), facts.strands(), facts.cpsOutcome(), facts.finalRisk(),
                facts.repeatCase());
        ReviewCase saved = reviewCases.saveAndFlush(reviewCase);
        ScrutinyPanel panel = reviewCase.getMeeting().getPanel();
        pseudonymised.recordRelease(reviewCase.getCaseId(), PanelService.memberAgencies(panel),
                panel.getName() + ", review meeting " + reviewCase.getMeeting().getId() + ", case "
                        + reviewCase.getLabelNumber());
        return saved;
    }

    /**
     * Keeps the case from the panel (or takes back a release), for a recorded reason; the scrutiny chair then
     * swaps it. Not once the panel has agreed its finding.
     */
    @PreAuthorize("hasAnyRole('CHAIR', 'DATA_PROTECTION_OFFICER')")
    public ReviewCase withhold(Long reviewCaseId, long expectedVersion, SwapReason reason) {
        ReviewCase reviewCase = current(reviewCaseId, expectedVersion);
        if (reason == null) {
            throw new InvalidFieldException("withheldReason", "scrutiny.swap.reasonRequired");
        }
        if (reviewCase.isFindingAgreed()) {
            throw new InvalidFieldException("withheldReason", "scrutiny.withhold.findingAgreed");
        }
        reviewCase.withhold(reason);
        ReviewCase saved = reviewCases.saveAndFlush(reviewCase);
        pseudonymised.logScrutinyWork(reviewCase.getCaseId(), ProcessingOperation.ALTERATION, "withheld from review meeting "
                + reviewCase.getMeeting().getId() + ": " + reason);
        return saved;
    }

    /** A selected case of an open meeting that the acting member may prepare; otherwise, as if not there. */
    private ReviewCase preparable(Long reviewCaseId) {
        ReviewCase reviewCase = access.reviewCase(reviewCaseId);
        if (!reviewCase.getStatus().isSelected() || reviewCase.getMeeting().isConcluded()) {
            throw new ScrutinyNotFoundException();
        }
        if (pseudonymised.preparable(List.of(reviewCase.getCaseId())).isEmpty()) {
            return access.refuse("REVIEW_CASE", reviewCaseId);
        }
        return reviewCase;
    }

    private ReviewCase current(Long reviewCaseId, long expectedVersion) {
        ReviewCase reviewCase = preparable(reviewCaseId);
        if (reviewCase.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReviewCase.class, reviewCaseId);
        }
        return reviewCase;
    }

    private static String checkedLength(String summary) {
        String text = summary == null || summary.isBlank() ? null : summary.strip();
        if (text != null && text.length() > 4000) {
            throw new InvalidFieldException("summary", "validation.max4000");
        }
        return text;
    }
}
