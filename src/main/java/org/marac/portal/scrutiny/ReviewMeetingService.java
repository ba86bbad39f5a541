package org.marac.portal.scrutiny;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.scrutiny.internal.CaseReviewRepository;
import org.marac.portal.scrutiny.internal.CriterionRepository;
import org.marac.portal.scrutiny.internal.ReviewMeetingRepository;
import org.marac.portal.scrutiny.internal.ReviewCaseRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Review meetings: the panel's chair plans one (date, theme), draws its cases at random from the closed cases
 * matching a filter with a recorded seed ({@link SampleDraw}), swaps a case with a reason for the next one in
 * the same draw, and concludes the meeting once the panel has agreed a finding on every released case.
 */
@Service
@Validated
@Transactional
public class ReviewMeetingService {

    /** A selected case as the meeting page lists it: no content, only where it stands. */
    public record SelectedCase(ReviewCase reviewCase, boolean myReviewSubmitted, long reviewsSubmitted) {
    }

    /**
     * The draw checked again: the recorded candidates in the recorded order are exactly the seed's order
     * (so the sample is the seed's), and whether the same filter still finds the same candidates today.
     */
    public record DrawCheck(String seed, int candidatesThen, int candidatesNow, boolean sampleReproduced,
            boolean sameCandidatesNow) {
    }

    private final ReviewMeetingRepository meetings;
    private final ReviewCaseRepository reviewCases;
    private final CaseReviewRepository reviews;
    private final CriterionRepository criteria;
    private final PseudonymisedCaseService pseudonymised;
    private final ScrutinyAccess access;
    private final Clock clock;

    ReviewMeetingService(ReviewMeetingRepository meetings, ReviewCaseRepository reviewCases, CaseReviewRepository reviews,
            CriterionRepository criteria, PseudonymisedCaseService pseudonymised, ScrutinyAccess access, Clock clock) {
        this.meetings = meetings;
        this.reviewCases = reviewCases;
        this.reviews = reviews;
        this.criteria = criteria;
        this.pseudonymised = pseudonymised;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    @Transactional(readOnly = true)
    public List<ReviewMeeting> meetingsOf(Long panelId) {
        access.member(access.panel(panelId));
        return meetings.findByPanel(panelId);
    }

    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public ReviewMeeting find(Long meetingId) {
        ReviewMeeting meeting = access.meeting(meetingId);
        access.member(meeting.getPanel());
        return meeting;
    }

    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewMeeting plan(Long panelId, @Valid ReviewMeeting meeting) {
        ScrutinyPanel panel = access.panel(panelId);
        access.chair(panel);
        meeting.planFor(panel);
        return meetings.saveAndFlush(meeting);
    }

    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewMeeting edit(Long meetingId, long expectedVersion, @Valid ReviewMeeting changed) {
        ReviewMeeting meeting = current(meetingId, expectedVersion);
        if (meeting.isConcluded()) {
            throw new InvalidFieldException("theme", "scrutiny.meeting.concluded");
        }
        meeting.setMeetingDate(changed.getMeetingDate());
        meeting.setTheme(changed.getTheme());
        return meetings.saveAndFlush(meeting);
    }

    /**
     * Draws the meeting's sample: the closed cases in the panel's areas matching the filter (leaving out cases
     * the panel selected for another meeting, if asked), ranked by the seed, the first {@code size} selected.
     * A blank seed is replaced by a fresh random one; a given seed (for example a public lottery draw) lets
     * anyone check the draw. One draw per meeting: after it, cases change only by recorded swaps.
     */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewMeeting draw(Long meetingId, long expectedVersion, SampleFilter filter, int size, String seed) {
        ReviewMeeting meeting = current(meetingId, expectedVersion);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidFieldException("sampleSize", "scrutiny.draw.alreadyDrawn");
        }
        if (size < 1 || size > ReviewMeeting.MAX_SAMPLE) {
            throw new InvalidFieldException("sampleSize", "scrutiny.draw.size.range");
        }
        String usedSeed = seed == null || seed.isBlank() ? SampleDraw.newSeed() : seed.strip();
        if (usedSeed.length() > 100) {
            throw new InvalidFieldException("seed", "validation.max100");
        }
        ScrutinyPanel panel = meeting.getPanel();
        Set<Long> panelAreas = panel.getAreas().stream().map(MaracArea::getId).collect(Collectors.toSet());
        if (!panelAreas.containsAll(filter.areaIds())) {
            throw new InvalidFieldException("areaIds", "scrutiny.draw.areaNotPanel");
        }
        if (filter.closedFrom() != null && filter.closedTo() != null && filter.closedTo().isBefore(filter.closedFrom())) {
            throw new InvalidFieldException("closedTo", "scrutiny.draw.period");
        }
        SampleFilter applied = filter.areaIds().isEmpty() ? filter.inAreas(panelAreas) : filter;
        List<Long> candidates = candidates(meeting, applied);
        if (candidates.isEmpty()) {
            throw new InvalidFieldException("sampleSize", "scrutiny.draw.noCandidates");
        }
        List<ReviewCriterion> inForce = criteria.findByPanel(panel.getId()).stream().filter(ReviewCriterion::isActive).toList();
        if (inForce.isEmpty()) {
            throw new InvalidFieldException("sampleSize", "scrutiny.draw.noCriteria");
        }
        List<Long> order = SampleDraw.order(usedSeed, candidates);
        meeting.recordDraw(applied, usedSeed, size, order, inForce, access.acting(), clock.instant());
        ReviewMeeting saved = meetings.saveAndFlush(meeting);
        List<ReviewCase> selected = new ArrayList<>();
        for (int rank = 0; rank < Math.min(size, order.size()); rank++) {
            selected.add(reviewCases.save(new ReviewCase(saved, order.get(rank), rank + 1, rank)));
        }
        reviewCases.flush();
        selected.forEach(reviewCase -> pseudonymised.logScrutinyWork(reviewCase.getCaseId(), ProcessingOperation.COMBINATION,
                "drawn for review meeting " + meetingId + " as case " + reviewCase.getLabelNumber()));
        return saved;
    }

    /** The meeting's selected cases (swapped-out ones too, for the chair's record), with review counts. */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    @Transactional(readOnly = true)
    public List<SelectedCase> selection(Long meetingId) {
        ReviewMeeting meeting = find(meetingId);
        boolean chair = meeting.getPanel().isChairedBy(PortalUser.require());
        Long memberId = PortalUser.require().getMemberId();
        return reviewCases.findByMeeting(meetingId).stream()
                .filter(reviewCase -> chair || reviewCase.getStatus().isSelected())
                .map(reviewCase -> {
                    List<CaseReview> all = reviews.findByReviewCase(reviewCase.getId());
                    return new SelectedCase(reviewCase,
                            all.stream().anyMatch(r -> r.getMember().getId().equals(memberId) && r.isSubmitted()),
                            all.stream().filter(CaseReview::isSubmitted).count());
                }).toList();
    }

    /**
     * Takes a case out of the sample for a recorded reason and selects the next case of the same draw in its
     * place, under the same label; with no candidate left, the case leaves without a replacement.
     */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public Optional<ReviewCase> swap(Long reviewCaseId, long expectedVersion, SwapReason reason, String note) {
        ReviewCase reviewCase = access.reviewCase(reviewCaseId);
        ReviewMeeting meeting = reviewCase.getMeeting();
        access.chair(meeting.getPanel());
        if (reviewCase.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReviewCase.class, reviewCaseId);
        }
        if (meeting.getStatus() != MeetingStatus.SAMPLE_DRAWN || !reviewCase.getStatus().isSelected()
                || reviewCase.isFindingAgreed()) {
            throw new InvalidFieldException("swapReason", "scrutiny.swap.notPossible");
        }
        if (reason == null) {
            throw new InvalidFieldException("swapReason", "scrutiny.swap.reasonRequired");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (reason == SwapReason.OTHER && why == null) {
            throw new InvalidFieldException("swapNote", "scrutiny.swap.noteRequired");
        }
        if (why != null && why.length() > 1000) {
            throw new InvalidFieldException("swapNote", "validation.max1000");
        }
        reviewCase.swapOut(reason, why, access.acting(), clock.instant());
        reviewCases.saveAndFlush(reviewCase);
        pseudonymised.logScrutinyWork(reviewCase.getCaseId(), ProcessingOperation.ALTERATION,
                "swapped out of review meeting " + meeting.getId() + ": " + reason);
        Set<Long> used = reviewCases.findByMeeting(meeting.getId()).stream().map(ReviewCase::getCaseId)
                .collect(Collectors.toCollection(HashSet::new));
        List<Long> order = meeting.getDrawnOrder();
        for (int rank = 0; rank < order.size(); rank++) {
            if (!used.contains(order.get(rank))) {
                ReviewCase replacement = reviewCases.saveAndFlush(
                        new ReviewCase(meeting, order.get(rank), reviewCase.getLabelNumber(), rank));
                pseudonymised.logScrutinyWork(replacement.getCaseId(), ProcessingOperation.COMBINATION,
                        "drawn for review meeting " + meeting.getId() + " in place of a swapped case, as case "
                                + replacement.getLabelNumber());
                return Optional.of(replacement);
            }
        }
        return Optional.empty();
    }

    /** Checks the meeting's draw again, for the chair to show the sample was random and is reproducible. */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public DrawCheck checkDraw(Long meetingId) {
        ReviewMeeting meeting = access.meeting(meetingId);
        access.chair(meeting.getPanel());
        if (meeting.getSeed() == null) {
            throw new InvalidFieldException("seed", "scrutiny.draw.notYet");
        }
        List<Long> recorded = meeting.getDrawnOrder();
        List<Long> firstSelected = reviewCases.findByMeeting(meetingId).stream()
                .sorted(java.util.Comparator.comparingInt(ReviewCase::getDrawRank))
                .filter(rc -> rc.getDrawRank() < Math.min(meeting.getSampleSize(), recorded.size()))
                .map(ReviewCase::getCaseId).toList();
        List<Long> reproduced = SampleDraw.order(meeting.getSeed(), recorded);
        boolean sampleReproduced = reproduced.equals(recorded)
                && firstSelected.equals(reproduced.subList(0, Math.min(meeting.getSampleSize(), reproduced.size())));
        List<Long> now = candidates(meeting, meeting.getFilter());
        return new DrawCheck(meeting.getSeed(), recorded.size(), now.size(), sampleReproduced,
                new HashSet<>(now).equals(new HashSet<>(recorded)));
    }

    /** Closes the meeting once a finding is agreed on every released case; the panel's access to the cases ends. */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewMeeting conclude(Long meetingId, long expectedVersion) {
        ReviewMeeting meeting = current(meetingId, expectedVersion);
        List<ReviewCase> released = reviewCases.findByMeeting(meetingId).stream()
                .filter(rc -> rc.getStatus() == SelectionStatus.RELEASED).toList();
        if (meeting.getStatus() != MeetingStatus.SAMPLE_DRAWN || released.isEmpty()
                || released.stream().anyMatch(rc -> !rc.isFindingAgreed())) {
            throw new InvalidFieldException("status", "scrutiny.conclude.findingsMissing");
        }
        meeting.conclude(clock.instant());
        return meetings.saveAndFlush(meeting);
    }

    private List<Long> candidates(ReviewMeeting meeting, SampleFilter filter) {
        Set<Long> ids = new LinkedHashSet<>(pseudonymised.closedCaseIds(filter.forCases()));
        if (filter.excludeReviewed()) {
            reviewCases.selectedElsewhereByPanel(meeting.getPanel().getId(), meeting.getId(), SelectionStatus.SWAPPED_OUT)
                    .forEach(ids::remove);
        }
        return List.copyOf(ids);
    }

    private ReviewMeeting current(Long meetingId, long expectedVersion) {
        ReviewMeeting meeting = access.meeting(meetingId);
        access.chair(meeting.getPanel());
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReviewMeeting.class, meetingId);
        }
        return meeting;
    }
}
