package org.marac.portal.scrutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.base.pdf.PdfDocument;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.PseudonymisedCaseService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.scrutiny.internal.RecommendationRepository;
import org.marac.portal.scrutiny.internal.ReviewCaseRepository;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review meeting's report, fit for publication: built from counts and from words written for
 * publication (the theme, recommendations, answers), each checked once more against every identifier of
 * the meeting's cases and withheld if one is found. A draft until the meeting concludes.
 */
@Service
@Transactional
public class ReviewReportService {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final ReviewCaseRepository reviewCases;
    private final RecommendationRepository recommendations;
    private final PseudonymisedCaseService pseudonymised;
    private final ScrutinyAccess access;
    private final ProcessingLog log;
    private final MessageSource messages;
    private final Clock clock;

    ReviewReportService(ReviewCaseRepository reviewCases, RecommendationRepository recommendations,
            PseudonymisedCaseService pseudonymised, ScrutinyAccess access, ProcessingLog log, MessageSource messages,
            Clock clock) {
        this.reviewCases = reviewCases;
        this.recommendations = recommendations;
        this.pseudonymised = pseudonymised;
        this.access = access;
        this.log = log;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report's content, for the panel's members, once the meeting's sample is drawn. */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public ReviewReport report(Long meetingId) {
        ReviewMeeting meeting = access.meeting(meetingId);
        access.member(meeting.getPanel());
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            return access.refuse("REVIEW_MEETING", meetingId);
        }
        List<ReviewCase> selected = reviewCases.findByMeeting(meetingId);
        List<ReviewCase> reviewed = selected.stream()
                .filter(rc -> rc.getStatus() == SelectionStatus.RELEASED && rc.isFindingAgreed()).toList();
        Map<SwapReason, Long> swaps = new EnumMap<>(SwapReason.class);
        selected.stream().filter(rc -> rc.getSwapReason() != null)
                .forEach(rc -> swaps.merge(rc.getSwapReason(), 1L, Long::sum));
        Map<Strand, Long> strands = new EnumMap<>(Strand.class);
        Map<CpsOutcome, Long> cps = new EnumMap<>(CpsOutcome.class);
        Map<RiskLevel, Long> risks = new EnumMap<>(RiskLevel.class);
        for (ReviewCase rc : reviewed) {
            rc.getProfileStrands().forEach(strand -> strands.merge(strand, 1L, Long::sum));
            if (rc.getProfileCpsOutcome() != null) {
                cps.merge(rc.getProfileCpsOutcome(), 1L, Long::sum);
            }
            if (rc.getProfileFinalRisk() != null) {
                risks.merge(rc.getProfileFinalRisk(), 1L, Long::sum);
            }
        }
        List<ReviewReport.CriterionResult> results = meeting.getCriteria().stream().map(criterion -> {
            Map<CriterionRating, Long> counts = new EnumMap<>(CriterionRating.class);
            for (CriterionRating rating : CriterionRating.values()) {
                counts.put(rating, reviewed.stream().filter(rc -> rc.getFindings().get(criterion.getId()) == rating).count());
            }
            return new ReviewReport.CriterionResult(criterion.getTitle(), counts);
        }).toList();

        List<Recommendation> made = recommendations.findByMeeting(meetingId);
        List<String> published = new ArrayList<>();
        published.add(meeting.getTheme());
        made.forEach(r -> {
            published.add(r.getText());
            published.add(r.getActionTaken() == null ? "" : r.getActionTaken());
        });
        List<String> safe = withoutIdentifiers(selected, published);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<ReviewReport.RecommendationLine> lines = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            Recommendation r = made.get(i);
            lines.add(new ReviewReport.RecommendationLine(i + 1, r.getAgency().getName(), safe.get(1 + 2 * i),
                    YearMonth.from(r.getDueDate()), r.getResponse(),
                    r.getActionTaken() == null ? null : safe.get(2 + 2 * i), r.progress(today)));
        }
        SampleFilter filter = meeting.getFilter();
        List<String> filterAreas = meeting.getPanel().getAreas().stream()
                .filter(area -> filter.areaIds().contains(area.getId())).map(MaracArea::getName).sorted().toList();
        log.recordConsultation(ProcessingLog.Subject.of("REVIEW_MEETING", meetingId, List.of()), "scrutiny report: counts and published words only");
        return new ReviewReport(meeting.getPanel().getName(),
                meeting.getPanel().getAreas().stream().map(MaracArea::getName).sorted().toList(),
                meeting.getMeetingDate(), safe.get(0), !meeting.isConcluded(),
                new ReviewReport.Selection(meeting.getSeed(), meeting.getDrawnOrder().size(), meeting.getSampleSize(),
                        (int) selected.stream().filter(rc -> rc.getStatus().isSelected()).count(), swaps, filter,
                        filterAreas),
                new ReviewReport.Profile(reviewed.size(), strands, cps, risks,
                        reviewed.stream().filter(rc -> Boolean.TRUE.equals(rc.getProfileRepeat())).count()),
                results, lines, today);
    }

    /** The report as a PDF: "OFFICIAL" and fit for publication once the meeting concluded, a marked draft before. */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public byte[] pdf(Long meetingId) {
        ReviewReport report = report(meetingId);
        PdfDocument pdf = new PdfDocument(text(report.draft() ? "scrutiny.report.markingDraft" : "scrutiny.report.marking"))
                .title(text("scrutiny.report.title", report.panelName()))
                .paragraph(text("scrutiny.report.meeting", DATE.format(report.meetingDate()), report.theme()))
                .paragraph(text("scrutiny.report.areas", String.join(", ", report.areas())));

        ReviewReport.Selection selection = report.selection();
        pdf.heading(text("scrutiny.report.selection"))
                .paragraph(text("scrutiny.report.drawn", Math.min(selection.sampleSize(), selection.candidates()),
                        selection.candidates(),
                        describe(selection)))
                .paragraph(text("scrutiny.report.seed", selection.seed()))
                .paragraph(selection.swaps().isEmpty() ? text("scrutiny.report.noSwaps")
                        : text("scrutiny.report.swaps", selection.swaps().values().stream().mapToLong(Long::longValue).sum(),
                        selection.swaps().entrySet().stream().map(e -> label("scrutiny.swapReason", e.getKey()) + " ("
                                + e.getValue() + ")").collect(Collectors.joining(", "))));

        ReviewReport.Profile profile = report.profile();
        String cases = text("scrutiny.report.cases");
        pdf.heading(text("scrutiny.report.reviewed")).paragraph(text("scrutiny.report.reviewedCount", profile.reviewed(),
                profile.repeats()));
        pdf.table(List.of(text("scrutiny.report.strand"), cases), counts(profile.strands(), "strand"), 3, 1);
        pdf.table(List.of(text("scrutiny.report.cps"), cases), counts(profile.cpsOutcomes(), "closure.cps"), 3, 1);
        pdf.table(List.of(text("scrutiny.report.finalRisk"), cases), counts(profile.finalRisks(), "risk.level"), 3, 1);

        pdf.heading(text("scrutiny.report.findings")).paragraph(text("scrutiny.report.findingsText"));
        List<String> ratingHeaders = new ArrayList<>();
        ratingHeaders.add(text("scrutiny.report.criterion"));
        for (CriterionRating rating : CriterionRating.values()) {
            ratingHeaders.add(label("scrutiny.rating", rating));
        }
        pdf.table(ratingHeaders, report.criteria().stream().map(result -> {
            List<String> row = new ArrayList<>();
            row.add(result.title());
            for (CriterionRating rating : CriterionRating.values()) {
                row.add(String.valueOf(result.counts().getOrDefault(rating, 0L)));
            }
            return row;
        }).toList(), 4, 1, 1, 1, 1);

        pdf.heading(text("scrutiny.report.recommendations"))
                .paragraph(text("scrutiny.report.asAt", DATE.format(report.asAt())));
        if (report.recommendations().isEmpty()) {
            pdf.paragraph(text("scrutiny.report.noRecommendations"));
        } else {
            pdf.table(List.of("#", text("scrutiny.report.to"), text("scrutiny.report.recommendation"),
                            text("scrutiny.report.due"), text("scrutiny.report.response"), text("scrutiny.report.actionTaken")),
                    report.recommendations().stream().map(line -> List.of(String.valueOf(line.number()), line.agency(),
                            line.text(), MONTH.format(line.due()),
                            line.response() == null ? label("scrutiny.progress", line.progress())
                                    : label("scrutiny.response", line.response()),
                            line.actionTaken() == null ? "" : line.actionTaken())).toList(),
                    0.4f, 1.6f, 3, 1.2f, 1.3f, 3);
        }
        return pdf.toBytes();
    }

    /** The texts, each replaced by a notice if it identifies anyone in any of the meeting's cases. */
    private List<String> withoutIdentifiers(List<ReviewCase> selected, List<String> texts) {
        if (selected.isEmpty()) {
            return texts;
        }
        var findings = pseudonymised.identifiersIn(selected.stream().map(ReviewCase::getCaseId).toList(), texts);
        List<String> safe = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            safe.add(findings.get(i).isEmpty() ? texts.get(i) : text("scrutiny.report.withheld"));
        }
        return safe;
    }

    private String describe(ReviewReport.Selection selection) {
        SampleFilter filter = selection.filter();
        List<String> parts = new ArrayList<>();
        parts.add(text("scrutiny.report.filter.areas", String.join(", ", selection.filterAreas())));
        if (!filter.strands().isEmpty()) {
            parts.add(text("scrutiny.report.filter.strands", labels("strand", filter.strands())));
        }
        if (filter.closedFrom() != null || filter.closedTo() != null) {
            parts.add(text("scrutiny.report.filter.closed", filter.closedFrom() == null ? "…" : DATE.format(filter.closedFrom()),
                    filter.closedTo() == null ? "…" : DATE.format(filter.closedTo())));
        }
        if (!filter.cpsOutcomes().isEmpty()) {
            parts.add(text("scrutiny.report.filter.cps", labels("closure.cps", filter.cpsOutcomes())));
        }
        if (!filter.closureReasons().isEmpty()) {
            parts.add(text("scrutiny.report.filter.reasons", labels("closure.reason", filter.closureReasons())));
        }
        if (!filter.finalRisks().isEmpty()) {
            parts.add(text("scrutiny.report.filter.finalRisk", labels("risk.level", filter.finalRisks())));
        }
        if (!filter.endorsedRisks().isEmpty()) {
            parts.add(text("scrutiny.report.filter.endorsedRisk", labels("risk.level", filter.endorsedRisks())));
        }
        if (filter.excludeReviewed()) {
            parts.add(text("scrutiny.report.filter.excludeReviewed"));
        }
        return String.join("; ", parts);
    }

    private <E extends Enum<E>> List<List<String>> counts(Map<E, Long> counts, String prefix) {
        return counts.entrySet().stream().map(e -> List.of(label(prefix, e.getKey()), String.valueOf(e.getValue()))).toList();
    }

    private String labels(String prefix, java.util.Collection<? extends Enum<?>> values) {
        return values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).map(v -> label(prefix, v))
                .collect(Collectors.joining(", "));
    }

    private String label(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
