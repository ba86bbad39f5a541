package org.marac.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Beyond the area chair (an agency lead's dashboard, the partnership overview), counts from 1 to 4 are
 * withheld, and no withheld count can be worked out from the totals and counts shown beside it.
 */
@PortalTest
class SmallNumbersTest {

    @Autowired
    InsightFixture fixture;
    @Autowired
    InsightService insight;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void build() {
        fixture.build();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theAgencyLeadSeesTheirAgencysCasesWithSmallNumbersWithheld() {
        signIn.as(fixture.policeLead);
        Dashboard dashboard = insight.agencyDashboard(InsightFixture.firstHalf2025());
        assertThat(dashboard.withheld()).isTrue();
        assertThat(dashboard.section("nominations-by-agency")).as("one agency: no breakdown by agency").isEmpty();

        // The police nominated 12 in the period: 9 in North, 3 in South. Showing North's 9 beside the total of 12
        // would give South's 3 away, so North is withheld too.
        FigureTable areas = dashboard.table("nominations-by-area");
        assertThat(areas.figure("Total", "Nominations").value()).isEqualTo(12.0);
        assertThat(areas.figure("Insight South", "Nominations").withheld()).isTrue();
        assertThat(areas.figure("Insight North", "Nominations").withheld()).isTrue();
        assertThat(areas.figure("Insight North", "Share").withheld()).isTrue();

        // Risk: high 10, standard 1, medium 0, not endorsed 1. The two ones add up to 2: each would be known to be 1,
        // so high is withheld as well; zero is shown.
        FigureTable risk = dashboard.table("endorsed-risk");
        assertThat(risk.figure("Standard", "Nominations").withheld()).isTrue();
        assertThat(risk.figure("Not endorsed", "Nominations").withheld()).isTrue();
        assertThat(risk.figure("High", "Nominations").withheld()).isTrue();
        assertThat(risk.figure("Medium", "Nominations")).isEqualTo(Figure.of(0));
        assertThat(risk.figure("Total", "Nominations")).isEqualTo(Figure.of(12));

        assertNoSmallNumberShown(dashboard);
        assertNoSubtractionGivesOneAway(dashboard);
    }

    @Test
    void thePartnershipOverviewWithholdsWhatTheChairsOwnDashboardShows() {
        signIn.as(fixture.chair);
        Dashboard own = insight.areaDashboard(InsightFixture.firstHalf2025());
        Dashboard overview = insight.partnershipOverview(InsightFixture.firstHalf2025());
        assertThat(own.table("nominations-by-agency").figure("Insight Housing", "Nominations")).isEqualTo(Figure.of(4));

        FigureTable agencies = overview.table("nominations-by-agency");
        // Housing 4 and council 3 are withheld; police 12 and the total 19 are shown: 19 - 12 = 7 cannot be split.
        assertThat(agencies.figure("Insight Police", "Nominations")).isEqualTo(Figure.of(12));
        assertThat(agencies.figure("Insight Housing", "Nominations").withheld()).isTrue();
        assertThat(agencies.figure("Insight Council", "Nominations").withheld()).isTrue();
        assertThat(agencies.figure("Total", "Nominations")).isEqualTo(Figure.of(19));

        // One repeat MARAC case out of 14 accepted: withheld (and the 13 others, hidden, are counted as withheld, so that
        // 14 minus anything shown cannot give it away); its share is withheld with it.
        FigureTable repeats = overview.table("repeats");
        assertThat(repeats.figure("Repeat MARAC cases (within 12 months)", "Count").withheld()).isTrue();
        assertThat(repeats.figure("Repeat MARAC cases (within 12 months)", "Share").withheld()).isTrue();

        // A median of fewer than five cases is withheld too.
        assertThat(insight.partnershipOverview(InsightFixture.firstHalf2025().withStrand(org.marac.portal.nomination.Strand.RELIGION))
                .section("time-to-nomination").orElseThrow().keyFigures().getFirst().figure().withheld()).isTrue();

        assertNoSmallNumberShown(overview);
        assertNoSubtractionGivesOneAway(overview);
    }

    @Test
    void chartsBeyondTheChairCarryTheWithheldMarkNotTheNumber() {
        signIn.as(fixture.chair);
        Dashboard overview = insight.partnershipOverview(InsightFixture.firstHalf2025());
        var chart = overview.section("nominations-by-agency").orElseThrow().charts().getFirst();
        assertThat(chart.series().getFirst().values()).containsExactly(12.0, null, null);
        assertThat(chart.tableRows()).contains(List.of("Insight Housing", "[c]"));
        assertThat(chart.withheldNote()).contains("fewer than 5");
    }

    /** No count from 1 to 4 appears anywhere: tables, key figures or charts. */
    private static void assertNoSmallNumberShown(Dashboard dashboard) {
        for (Section section : dashboard.sections()) {
            FigureTable table = section.table();
            for (int r = 0; r < table.rowLabels().size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Figure figure = table.figure(r, c);
                    if (table.column(c).format() == FigureTable.Format.COUNT && figure.isShown()) {
                        assertThat(figure.value()).as("%s: %s / %s", table.id(), table.rowLabels().get(r),
                                table.column(c).label()).satisfiesAnyOf(v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
                    }
                }
            }
            for (var chart : section.charts()) {
                if (chart.format() == org.marac.portal.base.chart.Chart.ValueFormat.COUNT) {
                    chart.series().forEach(series -> series.values().stream().filter(v -> v != null)
                            .forEach(v -> assertThat(v).as(chart.title()).satisfiesAnyOf(x -> assertThat(x).isZero(),
                                    x -> assertThat(x).isGreaterThanOrEqualTo(5))));
                }
            }
        }
    }

    /**
     * The subtraction attack on every table with a total row: for each column, the total minus the counts shown
     * must never leave exactly one withheld count, nor withheld counts that could only each be 1.
     */
    private static void assertNoSubtractionGivesOneAway(Dashboard dashboard) {
        for (Section section : dashboard.sections()) {
            FigureTable table = section.table();
            int totalRow = table.rowLabels().indexOf("Total");
            if (totalRow < 0) {
                continue;
            }
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.column(c).format() != FigureTable.Format.COUNT || !table.figure(totalRow, c).isShown()) {
                    continue;
                }
                double rest = table.figure(totalRow, c).value();
                List<Integer> withheld = new ArrayList<>();
                for (int r = 0; r < table.rowLabels().size(); r++) {
                    if (r == totalRow) {
                        continue;
                    }
                    Figure figure = table.figure(r, c);
                    if (figure.withheld()) {
                        withheld.add(r);
                    } else if (figure.value() != null) {
                        rest -= figure.value();
                    }
                }
                String where = table.id() + " / " + table.column(c).label();
                assertThat(withheld.size()).as(where).isNotEqualTo(1);
                if (!withheld.isEmpty()) {
                    assertThat(rest).as(where + ": the withheld counts add up to at least the threshold").isGreaterThanOrEqualTo(5);
                }
            }
        }
    }
}
