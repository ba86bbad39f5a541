package org.marac.portal.insight;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.Csv;
import org.marac.portal.base.chart.Chart;
import org.marac.portal.base.pdf.PdfDocument;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.insight.internal.Counting;
import org.marac.portal.insight.internal.InsightTexts;
import org.marac.portal.insight.internal.Measures;
import org.marac.portal.partner.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures that leave the portal: a dashboard's figures as CSV, and the quarterly return (cases, repeats,
 * referrals by agency, victims' demographics) as CSV or PDF with charts. An export goes beyond the area chair
 * (it is a disclosure to the member's agency), so small numbers are always withheld, and each export is
 * logged as a DISCLOSURE with the member's agency as recipient.
 */
@Service
@Transactional
public class InsightExports {

    static final String SUBJECT = "INSIGHT_EXPORT";

    private final InsightService dashboards;
    private final Measures measures;
    private final InsightTexts texts;
    private final ProcessingLog log;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InsightExports(InsightService dashboards, Measures measures, InsightTexts texts, ProcessingLog log, JdbcTemplate jdbc,
            Clock clock) {
        this.dashboards = dashboards;
        this.measures = measures;
        this.texts = texts;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The chair's dashboard figures as CSV, small numbers withheld. */
    @PreAuthorize("hasRole('CHAIR')")
    public byte[] areaDashboardCsv(InsightFilter filter, ExportProgress progress) {
        return dashboardCsv(DashboardScope.AREA, filter, progress);
    }

    @PreAuthorize("hasRole('AGENCY_LEAD')")
    public byte[] agencyDashboardCsv(InsightFilter filter, ExportProgress progress) {
        return dashboardCsv(DashboardScope.AGENCY, filter.withAgency(null), progress);
    }

    @PreAuthorize("hasAnyRole('CHAIR', 'AGENCY_LEAD')")
    public byte[] partnershipCsv(InsightFilter filter, ExportProgress progress) {
        return dashboardCsv(DashboardScope.PARTNERSHIP, filter, progress);
    }

    /** The quarterly return as CSV: every case the member may see, in one area or all. */
    @PreAuthorize("hasAnyRole('CHAIR', 'AGENCY_LEAD')")
    public byte[] quarterlyReturnCsv(Quarter quarter, Long areaId, ExportProgress progress) {
        Counting counting = quarterly(quarter, areaId);
        List<Section> sections = quarterlyReturn(counting, progress);
        logExport("quarterly return CSV " + quarter.label() + describe(counting.filter()));
        return csv(texts.text("insight.return.title", quarter.label()), counting, sections);
    }

    /** The quarterly return as a PDF: each table with its chart. */
    @PreAuthorize("hasAnyRole('CHAIR', 'AGENCY_LEAD')")
    public byte[] quarterlyReturnPdf(Quarter quarter, Long areaId, ExportProgress progress) {
        Counting counting = quarterly(quarter, areaId);
        List<Section> sections = quarterlyReturn(counting, progress);
        PdfDocument pdf = new PdfDocument(texts.text("insight.return.marking"))
                .title(texts.text("insight.return.title", quarter.label()))
                .paragraph(texts.text("insight.return.scope", counting.period(), areaName(areaId)))
                .paragraph(texts.text("insight.export.generated", DateFormats.dateTime(clock.instant())))
                .paragraph(texts.withheldMark() + " " + texts.withheldNote(counting.threshold()));
        for (Section section : sections) {
            pdf.heading(section.heading()).paragraph(section.explanation());
            for (Chart chart : section.charts()) {
                pdf.chart(chart);
            }
            FigureTable table = section.table();
            List<String> header = new ArrayList<>();
            header.add(table.rowHeading());
            table.columns().forEach(column -> header.add(column.label()));
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < table.rowLabels().size(); r++) {
                List<String> row = new ArrayList<>();
                row.add(table.rowLabels().get(r));
                for (int c = 0; c < table.columns().size(); c++) {
                    row.add(shown(table.figure(r, c), table.column(c).format()));
                }
                rows.add(row);
            }
            pdf.table(header, rows);
        }
        logExport("quarterly return PDF " + quarter.label() + describe(counting.filter()));
        return pdf.toBytes();
    }

    private byte[] dashboardCsv(DashboardScope scope, InsightFilter filter, ExportProgress progress) {
        Counting counting = dashboards.counting(scope, filter, true);
        List<Section> sections = dashboards.sections(counting, progress);
        logExport(scope.name().toLowerCase(Locale.ROOT) + " dashboard CSV " + counting.period() + describe(filter));
        return csv(texts.text("insight.export.title." + scope.name()), counting, sections);
    }

    private Counting quarterly(Quarter quarter, Long areaId) {
        InsightFilter filter = new InsightFilter(quarter.firstMonth(), quarter.lastMonth(), areaId, null, null);
        return dashboards.counting(DashboardScope.PARTNERSHIP, filter, true);
    }

    private List<Section> quarterlyReturn(Counting counting, ExportProgress progress) {
        List<java.util.function.Supplier<List<Section>>> parts = List.of(
                () -> List.of(measures.casesByArea(counting)),
                () -> List.of(measures.nominationsByStrand(counting)),
                () -> List.of(measures.repeats(counting)),
                () -> List.of(measures.referralsByAgency(counting)),
                () -> measures.demographics(counting));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            sections.addAll(parts.get(i).get());
            progress.progressed((i + 1.0) / parts.size());
        }
        return sections;
    }

    /**
     * Tidy CSV: one figure per line (table, row, column, value, format), after lines saying what the export
     * is, its period and filters, and what the withheld mark means.
     */
    private byte[] csv(String title, Counting counting, List<Section> sections) {
        StringBuilder csv = new StringBuilder(Csv.line("table", "row", "column", "value", "format"));
        csv.append(Csv.line("about", texts.text("insight.export.what"), "", title, ""));
        csv.append(Csv.line("about", texts.text("insight.export.period"), "", counting.period(), ""));
        csv.append(Csv.line("about", texts.text("insight.export.filters"), "", filterWords(counting.filter()), ""));
        csv.append(Csv.line("about", texts.text("insight.export.generatedAt"), "", DateFormats.dateTime(clock.instant()), ""));
        csv.append(Csv.line("about", texts.text("insight.export.withheld"), "",
                texts.withheldMark() + " " + texts.withheldNote(counting.threshold()), ""));
        for (Section section : sections) {
            FigureTable table = section.table();
            for (int r = 0; r < table.rowLabels().size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    FigureTable.Format format = table.column(c).format();
                    csv.append(Csv.line(table.id(), table.rowLabels().get(r), table.column(c).label(),
                            csvValue(table.figure(r, c), format), format.name().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Counts as whole numbers, shares as fractions (0.125), days to one decimal; the mark when withheld. */
    private String csvValue(Figure figure, FigureTable.Format format) {
        if (figure.withheld()) {
            return texts.withheldMark();
        }
        if (figure.value() == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        return switch (format) {
            case COUNT -> Long.toString(Math.round(figure.value()));
            case PERCENT -> new DecimalFormat("0.####", symbols).format(figure.value());
            case DAYS -> new DecimalFormat("0.#", symbols).format(figure.value());
        };
    }

    /** As the PDF table writes it. */
    private String shown(Figure figure, FigureTable.Format format) {
        if (figure.withheld()) {
            return texts.withheldMark();
        }
        if (figure.value() == null) {
            return "-";
        }
        return switch (format) {
            case COUNT, DAYS -> java.text.NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(figure.value()));
            case PERCENT -> {
                java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(Locale.UK);
                percent.setMaximumFractionDigits(1);
                yield percent.format(figure.value());
            }
        };
    }

    private String filterWords(InsightFilter filter) {
        return texts.text("insight.export.filterWords", areaName(filter.areaId()),
                filter.strand() == null ? texts.text("insight.filter.allStrands") : texts.label("strand", filter.strand()),
                filter.agencyId() == null ? texts.text("insight.filter.allAgencies")
                        : jdbc.queryForObject("SELECT name FROM agency WHERE id = ?", String.class, filter.agencyId()));
    }

    private String areaName(Long areaId) {
        return areaId == null ? texts.text("insight.filter.allAreas")
                : jdbc.queryForObject("SELECT name FROM marac_area WHERE id = ?", String.class, areaId);
    }

    private static String describe(InsightFilter filter) {
        return (filter.areaId() == null ? "" : ", area " + filter.areaId())
                + (filter.strand() == null ? "" : ", strand " + filter.strand())
                + (filter.agencyId() == null ? "" : ", agency " + filter.agencyId());
    }

    /** Aggregates hold no one's personal data, but they leave the portal: logged as a disclosure to the member's agency. */
    private void logExport(String detail) {
        log.record(ProcessingOperation.DISCLOSURE, ProcessingLog.Subject.of(SUBJECT, null, List.of()),
                PortalUser.require().getAgencyId(), detail);
    }
}
