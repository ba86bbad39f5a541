package org.marac.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Exports: tidy CSV of the figures and the quarterly return, small numbers withheld, each logged as a disclosure. */
@PortalTest
class InsightExportsTest {

    @Autowired
    InsightFixture fixture;
    @Autowired
    InsightExports exports;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void build() {
        fixture.build();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static List<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().toList();
    }

    /** A CSV line's cells, quotes undone. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private long disclosures(Long memberId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = 'DISCLOSURE' AND subject_type = 'INSIGHT_EXPORT'"
                + " AND member_id = ?", Long.class, memberId);
    }

    @Test
    void theChairsCsvHoldsEveryFigureWithSmallNumbersWithheldAndIsLoggedAsADisclosureToTheirAgency() {
        signIn.as(fixture.chair);
        long before = disclosures(fixture.chair.getId());
        List<Double> progress = new ArrayList<>();

        List<String> csv = lines(exports.areaDashboardCsv(InsightFixture.firstHalf2025(), progress::add));

        assertThat(csv.getFirst()).isEqualTo("table,row,column,value,format");
        assertThat(csv).contains("about,Export,,Area dashboard figures,", "about,Period,,Jan 2025 to Jun 2025,",
                "about,Filters,,Area: All areas; strand: All strands; nominating agency: All agencies,");
        assertThat(csv).anyMatch(line -> line.startsWith("about,Withheld figures,,\"[c] withheld: fewer than 5"));
        // Exports go beyond the chair: what the chair's screen shows as 4 and 3 is withheld here.
        assertThat(csv).contains("nominations-by-agency,Insight Police,Nominations,12,count",
                "nominations-by-agency,Insight Housing,Nominations,[c],count",
                "nominations-by-agency,Insight Council,Nominations,[c],count",
                "nominations-by-agency,Total,Nominations,19,count",
                "nominations-by-agency,Insight Police,Share,0.6316,percent",
                "nominations-by-strand,Total,Race or ethnicity,12,count",
                "nominations-by-strand,Mar 2025,All nominations,[c],count",
                "hotspots,Riverside,Total,8,count",
                "endorsed-risk,High,Nominations,11,count");
        assertThat(csv).allSatisfy(line -> assertThat(cells(line)).as(line).hasSize(5));
        assertThat(cells("nominations-by-ward,\"No ward (online, or not recorded)\",Nominations,[c],count"))
                .containsExactly("nominations-by-ward", "No ward (online, or not recorded)", "Nominations", "[c]", "count");
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);

        assertThat(disclosures(fixture.chair.getId())).isEqualTo(before + 1);
        Map<String, Object> entry = jdbc.queryForMap("SELECT recipient_agency_id, detail, person_ids FROM processing_log"
                + " WHERE member_id = ? AND subject_type = 'INSIGHT_EXPORT' ORDER BY id DESC LIMIT 1", fixture.chair.getId());
        assertThat(((Number) entry.get("recipient_agency_id")).longValue()).isEqualTo(fixture.council.getId());
        assertThat((String) entry.get("detail")).contains("area dashboard CSV", "Jan 2025 to Jun 2025");
        assertThat(entry.get("person_ids")).as("aggregates name nobody").isNull();
    }

    @Test
    void cellsThatCouldBeFormulasOrHoldCommasAreWrittenSafely() {
        signIn.as(fixture.chair);
        List<String> csv = lines(exports.partnershipCsv(InsightFixture.firstHalf2025(), ExportProgress.NONE));
        assertThat(csv).contains("about,Filters,,Area: All areas; strand: All strands; nominating agency: All agencies,");
        assertThat(csv).anyMatch(line -> line.startsWith("nominations-by-ward,\"No ward (online, or not recorded)\",Nominations,"));
    }

    @Test
    void theAgencyLeadsCsvCoversTheirAgencyOnly() {
        signIn.as(fixture.policeLead);
        List<String> csv = lines(exports.agencyDashboardCsv(InsightFixture.firstHalf2025().withAgency(fixture.housing.getId()),
                ExportProgress.NONE));
        assertThat(csv).contains("about,Export,,Agency dashboard figures,", "nominations-by-area,Total,Nominations,12,count");
        assertThat(csv).noneMatch(line -> line.contains("Insight Housing,Nominations"));
    }

    @Test
    void theQuarterlyReturnAsCsvPoolsRareAnswersSoNoOneIsNamedByThem() {
        signIn.as(fixture.chair);
        long before = disclosures(fixture.chair.getId());
        List<String> csv = lines(exports.quarterlyReturnCsv(new Quarter(2025, 1), fixture.north.getId(), ExportProgress.NONE));

        assertThat(csv).contains("about,Export,,\"Quarterly return, Q1 2025\",", "about,Period,,Jan 2025 to Mar 2025,",
                "cases-by-area,Insight North,Received,8,count",
                // Police 5, housing 2, council 1: the two small ones add up to 3, so the police's 5 goes with them.
                "referrals-by-agency,Insight Police,Nominations,[c],count",
                "referrals-by-agency,Total,Nominations,8,count",
                "demographics-ethnicity,White British,Victims,[c],count",
                "demographics-ethnicity,Other answers,Victims,[c],count",
                "demographics-ethnicity,Total,Victims,8,count");
        assertThat(String.join("\n", csv)).as("an answer given once is never named").doesNotContain("Pakistani");
        assertThat(csv).anyMatch(line -> line.startsWith("repeats,"));
        assertThat(csv).anyMatch(line -> line.startsWith("nominations-by-strand,Jan 2025,"));
        assertThat(disclosures(fixture.chair.getId())).isEqualTo(before + 1);
    }

    @Test
    void theQuarterlyReturnAsPdfHasEachTableWithItsChartAsText() throws Exception {
        signIn.as(fixture.policeLead);
        byte[] pdf = exports.quarterlyReturnPdf(new Quarter(2025, 1), null, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Long titles wrap: compare with the line breaks as spaces.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Quarterly return, Q1 2025", "OFFICIAL: aggregate figures, small numbers withheld",
                    "Nominations received and decided by MARAC area, Jan 2025 to Mar 2025",
                    "Nominations, acceptances and Victim Support referrals by nominating agency, Jan 2025 to Mar 2025",
                    "Victims by Ethnicity, Jan 2025 to Mar 2025", "Insight North", "[c]");
            assertThat(text).doesNotContain("Pakistani");
        }
        Map<String, Object> entry = jdbc.queryForMap("SELECT recipient_agency_id, detail FROM processing_log"
                + " WHERE member_id = ? AND subject_type = 'INSIGHT_EXPORT' ORDER BY id DESC LIMIT 1", fixture.policeLead.getId());
        assertThat(((Number) entry.get("recipient_agency_id")).longValue()).isEqualTo(fixture.police.getId());
        assertThat((String) entry.get("detail")).contains("quarterly return PDF Q1 2025");
    }

    @Test
    void onlyChairsAndAgencyLeadsExport() {
        signIn.as(fixture.police1);
        assertThatThrownBy(() -> exports.quarterlyReturnCsv(new Quarter(2025, 1), null, ExportProgress.NONE))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> exports.partnershipCsv(InsightFixture.firstHalf2025(), ExportProgress.NONE))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
