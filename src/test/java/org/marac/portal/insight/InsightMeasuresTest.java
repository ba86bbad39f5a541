package org.marac.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.insight.internal.Counting;
import org.marac.portal.insight.internal.Measures;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Every measure against the hand-built partnership ({@link InsightFixture}), January to June 2025, as its
 * chair sees it (every number shown). The expected figures are worked out from the fixture by hand.
 */
@PortalTest
class InsightMeasuresTest {

    @Autowired
    InsightFixture fixture;
    @Autowired
    InsightService insight;
    @Autowired
    Measures measures;
    @Autowired
    SignIn signIn;

    private Dashboard dashboard;

    @BeforeEach
    void chairLooksAtTheFirstHalfOf2025() {
        fixture.build();
        signIn.as(fixture.chair);
        dashboard = insight.areaDashboard(InsightFixture.firstHalf2025());
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static long count(FigureTable table, String row, String column) {
        Figure figure = table.figure(row, column);
        assertThat(figure.withheld()).as("%s / %s withheld", row, column).isFalse();
        return Math.round(figure.value());
    }

    static double value(FigureTable table, String row, String column) {
        Figure figure = table.figure(row, column);
        assertThat(figure.isShown()).as("%s / %s shown", row, column).isTrue();
        return figure.value();
    }

    @Test
    void theChairSeesEveryNumber() {
        assertThat(dashboard.withheld()).isFalse();
        assertThat(dashboard.sections()).allSatisfy(section -> assertThat(section.table().hasWithheld()).isFalse());
        assertThat(dashboard.period()).isEqualTo("Jan 2025 to Jun 2025");
    }

    @Test
    void nominationsPerMonthByStrandCountEachStrandOfAMultiStrandCaseAndTheIntersections() {
        FigureTable strands = dashboard.table("nominations-by-strand");
        assertThat(strands.rowLabels()).containsExactly("Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Total");
        // Case 12, submitted 31 March 23:30 UTC, is 1 April in the UK: March has 4, April 3.
        assertThat(List.of("Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Total").stream()
                .map(month -> count(strands, month, "All nominations")).toList()).containsExactly(4L, 3L, 4L, 3L, 3L, 2L, 19L);
        assertThat(count(strands, "Total", "Race or ethnicity")).isEqualTo(12);
        assertThat(count(strands, "Total", "Religion or belief")).isEqualTo(3);
        assertThat(count(strands, "Total", "Sexual orientation")).isEqualTo(2);
        assertThat(count(strands, "Total", "Disability")).isEqualTo(4);
        assertThat(count(strands, "Total", "Transgender identity")).isEqualTo(1);
        assertThat(count(strands, "Total", "Two or more strands")).isEqualTo(3);
        assertThat(count(strands, "Jan 2025", "Race or ethnicity")).isEqualTo(2);
        assertThat(count(strands, "Jan 2025", "Two or more strands")).isEqualTo(1);
        assertThat(count(strands, "Feb 2025", "Transgender identity")).isEqualTo(1);
        assertThat(count(strands, "Mar 2025", "Race or ethnicity")).isEqualTo(3);
        assertThat(count(strands, "May 2025", "Two or more strands")).isEqualTo(1);
        assertThat(dashboard.section("nominations-by-strand").orElseThrow().charts().getFirst().kind())
                .isEqualTo(org.marac.portal.base.chart.Chart.Kind.LINE);
    }

    @Test
    void nominationsByAgencyAreaAndWard() {
        FigureTable agencies = dashboard.table("nominations-by-agency");
        assertThat(agencies.rowLabels()).containsExactly("Insight Police", "Insight Housing", "Insight Council", "Total");
        assertThat(count(agencies, "Insight Police", "Nominations")).isEqualTo(12);
        assertThat(count(agencies, "Insight Housing", "Nominations")).isEqualTo(4);
        assertThat(count(agencies, "Insight Council", "Nominations")).isEqualTo(3);
        assertThat(value(agencies, "Insight Housing", "Share")).isCloseTo(4.0 / 19, org.assertj.core.data.Offset.offset(1e-9));

        FigureTable areas = dashboard.table("nominations-by-area");
        assertThat(count(areas, "Insight North", "Nominations")).isEqualTo(13);
        assertThat(count(areas, "Insight South", "Nominations")).isEqualTo(6);
        assertThat(areas.rowLabels()).doesNotContain("Insight West");

        FigureTable wards = dashboard.table("nominations-by-ward");
        assertThat(wards.rowLabels()).containsExactly("Riverside", "Harbour", "Castle", "No ward (online, or not recorded)", "Total");
        assertThat(count(wards, "Riverside", "Nominations")).isEqualTo(7);
        assertThat(count(wards, "Harbour", "Nominations")).isEqualTo(6);
        assertThat(count(wards, "Castle", "Nominations")).as("case 5's latest incident was in Castle").isEqualTo(5);
        assertThat(count(wards, "No ward (online, or not recorded)", "Nominations")).isEqualTo(1);
        assertThat(count(wards, "Total", "Nominations")).isEqualTo(19);
    }

    @Test
    void endorsedRiskAndEligibilityRoutes() {
        FigureTable risk = dashboard.table("endorsed-risk");
        assertThat(risk.rowLabels()).containsExactly("Standard", "Medium", "High", "Not endorsed", "Total");
        assertThat(List.of("Standard", "Medium", "High", "Not endorsed", "Total").stream()
                .map(level -> count(risk, level, "Nominations")).toList()).containsExactly(3L, 3L, 11L, 2L, 19L);

        FigureTable routes = dashboard.table("eligibility-route");
        assertThat(count(routes, "Endorsed high risk", "Nominations")).isEqualTo(9);
        assertThat(count(routes, "Professional judgement", "Nominations")).isEqualTo(3);
        assertThat(count(routes, "Escalation", "Nominations")).isEqualTo(1);
        assertThat(count(routes, "Repeat", "Nominations")).isEqualTo(1);
        assertThat(count(routes, "No route (not eligible)", "Nominations")).isEqualTo(5);
    }

    @Test
    void repeatVictimsIncludeConfirmedSamePeopleAndRepeatMaracIsWithinTwelveMonths() {
        FigureTable repeats = dashboard.table("repeats");
        // Case 5's victim was case 1's; case 9's victim was confirmed the same person as case 7's.
        assertThat(count(repeats, "Repeat victims", "Count")).isEqualTo(2);
        assertThat(count(repeats, "Repeat victims", "Out of")).isEqualTo(19);
        assertThat(value(repeats, "Repeat victims", "Share")).isCloseTo(2.0 / 19, org.assertj.core.data.Offset.offset(1e-9));
        // Fourteen accepted cases; case 9 is a repeat MARAC case.
        assertThat(count(repeats, "Repeat MARAC cases (within 12 months)", "Count")).isEqualTo(1);
        assertThat(count(repeats, "Repeat MARAC cases (within 12 months)", "Out of")).isEqualTo(14);
    }

    @Test
    void timeFromIncidentToNominationAndFromNominationToTheFirstMeetingThatListsTheCase() {
        Section toNomination = dashboard.section("time-to-nomination").orElseThrow();
        FigureTable bands = toNomination.table();
        assertThat(List.of("0 to 7 days", "8 to 28 days", "29 to 90 days", "More than 90 days", "No incident recorded", "Total")
                .stream().map(band -> count(bands, band, "Cases")).toList()).containsExactly(16L, 1L, 1L, 1L, 0L, 19L);
        assertThat(toNomination.keyFigures().getFirst().figure().value()).isEqualTo(2.0);

        Section toMeeting = dashboard.section("time-to-meeting").orElseThrow();
        FigureTable listing = toMeeting.table();
        // Accepted cases only, to the start of their first meeting: case 5 10 days, cases 1, 18 and 9 20, 21 and 24
        // (case 9's cancelled meeting does not count), cases 7 and 15 30 and 34 (case 7's first agenda, where it was
        // removed, does not count), case 2 43 (its review does not count). Case 8 was removed from its only agenda.
        assertThat(List.of("0 to 14 days", "15 to 28 days", "29 to 42 days", "More than 42 days", "On no agenda yet", "Total")
                .stream().map(band -> count(listing, band, "Cases")).toList()).containsExactly(1L, 3L, 2L, 1L, 7L, 14L);
        assertThat(toMeeting.keyFigures().getFirst().figure().value()).isEqualTo(24.0);
    }

    @Test
    void actionCompletionAndOverdueRatesPerOwnerAgency() {
        FigureTable actions = dashboard.table("action-rates");
        assertThat(actions.rowLabels()).containsExactly("Insight Council", "Insight Housing", "Insight Police", "Total");
        assertThat(count(actions, "Insight Police", "Actions")).isEqualTo(2);
        assertThat(count(actions, "Insight Police", "Done")).isEqualTo(1);
        assertThat(count(actions, "Insight Police", "Overdue now or finished late")).isEqualTo(0);
        // Housing: one open past its due date, one done after it.
        assertThat(count(actions, "Insight Housing", "Overdue now or finished late")).isEqualTo(2);
        assertThat(value(actions, "Insight Housing", "Done (share)")).isEqualTo(0.5);
        assertThat(value(actions, "Insight Housing", "Overdue or late (share)")).isEqualTo(1.0);
        assertThat(value(actions, "Insight Council", "Done (share)")).isEqualTo(0.0);
        // The action on case 20 (nominated in July) is not counted.
        assertThat(count(actions, "Total", "Actions")).isEqualTo(5);
    }

    @Test
    void victimSupportReferralRatesInOptInAndOptOutAreasByStrand() {
        FigureTable referrals = dashboard.table("victim-support-referrals");
        assertThat(count(referrals, "All nominations", "Referred, Opt-in areas")).isEqualTo(7);
        assertThat(count(referrals, "All nominations", "Nominations, Opt-in areas")).isEqualTo(13);
        assertThat(count(referrals, "All nominations", "Referred, Opt-out areas")).isEqualTo(5);
        assertThat(count(referrals, "All nominations", "Nominations, Opt-out areas")).isEqualTo(6);
        assertThat(count(referrals, "All nominations", "Referred, All areas")).isEqualTo(12);
        assertThat(count(referrals, "Race or ethnicity", "Referred, Opt-in areas")).isEqualTo(6);
        assertThat(count(referrals, "Race or ethnicity", "Nominations, Opt-in areas")).isEqualTo(9);
        assertThat(count(referrals, "Race or ethnicity", "Referred, Opt-out areas")).isEqualTo(3);
        assertThat(value(referrals, "Race or ethnicity", "Referral rate, Opt-out areas")).isEqualTo(1.0);
        assertThat(count(referrals, "Disability", "Referred, Opt-in areas")).isEqualTo(0);
        assertThat(count(referrals, "Disability", "Nominations, Opt-in areas")).isEqualTo(3);
        assertThat(count(referrals, "Transgender identity", "Nominations, Opt-out areas")).isEqualTo(1);
        assertThat(referrals.figure("Transgender identity", "Referral rate, Opt-in areas")).isEqualTo(Figure.NONE);
    }

    @Test
    void cyberEnabledAndReportingRouteShares() {
        FigureTable cyber = dashboard.table("cyber-enabled");
        assertThat(count(cyber, "With a cyber-enabled incident", "Nominations")).isEqualTo(3);
        assertThat(count(cyber, "Without", "Nominations")).isEqualTo(16);

        FigureTable routes = dashboard.table("reporting-route");
        assertThat(count(routes, "Directly to the police", "Nominations")).isEqualTo(14);
        assertThat(count(routes, "Online (True Vision)", "Nominations")).isEqualTo(2);
        assertThat(count(routes, "Third-party reporting centre", "Nominations")).isEqualTo(1);
        assertThat(count(routes, "Through a partner agency", "Nominations")).isEqualTo(2);
        assertThat(value(routes, "Third-party reporting centre", "Share")).isCloseTo(1.0 / 19, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void hotspotsCountIncidentsByWardAndMonthWheneverTheCaseWasNominated() {
        FigureTable hotspots = dashboard.table("hotspots");
        assertThat(hotspots.rowLabels()).containsExactly("Riverside", "Harbour", "Castle", "No ward (online, or not recorded)", "Total");
        assertThat(count(hotspots, "Riverside", "Jan 2025")).isEqualTo(3);
        assertThat(count(hotspots, "Riverside", "Mar 2025")).isEqualTo(3);
        assertThat(count(hotspots, "Riverside", "Jun 2025")).as("the draft's incident does not count").isEqualTo(0);
        assertThat(count(hotspots, "Riverside", "Total")).isEqualTo(8);
        assertThat(count(hotspots, "Harbour", "Total")).isEqualTo(6);
        assertThat(count(hotspots, "Castle", "Jun 2025")).as("case 20 was nominated in July, its incident was in June").isEqualTo(1);
        assertThat(count(hotspots, "Castle", "Total")).isEqualTo(4);
        assertThat(count(hotspots, "Total", "Total")).isEqualTo(19);
        Section section = dashboard.section("hotspots").orElseThrow();
        assertThat(section.charts()).hasSize(2);
        assertThat(section.charts().get(1).series().stream().map(org.marac.portal.base.chart.Chart.Series::name))
                .containsExactly("Riverside", "Harbour", "Castle");
    }

    @Test
    void filtersNarrowEveryMeasure() {
        FigureTable south = insight.areaDashboard(InsightFixture.firstHalf2025().withArea(fixture.south.getId()))
                .table("nominations-by-strand");
        assertThat(count(south, "Total", "All nominations")).isEqualTo(6);
        FigureTable disability = insight.areaDashboard(InsightFixture.firstHalf2025().withStrand(Strand.DISABILITY))
                .table("nominations-by-agency");
        assertThat(count(disability, "Total", "Nominations")).isEqualTo(4);
        assertThat(count(disability, "Insight Housing", "Nominations")).isEqualTo(3);
        FigureTable housingOnly = insight.areaDashboard(InsightFixture.firstHalf2025().withAgency(fixture.housing.getId()))
                .table("endorsed-risk");
        assertThat(count(housingOnly, "Total", "Nominations")).isEqualTo(4);
        FigureTable march = insight.areaDashboard(InsightFixture.firstHalf2025().withPeriod(YearMonth.of(2025, 3), YearMonth.of(2025, 3)))
                .table("nominations-by-strand");
        assertThat(count(march, "Total", "All nominations")).isEqualTo(4);
    }

    @Test
    void longPeriodsAreShownByQuarter() {
        FigureTable strands = insight.areaDashboard(new InsightFilter(YearMonth.of(2022, 1), YearMonth.of(2025, 12), null, null, null))
                .table("nominations-by-strand");
        assertThat(strands.rowLabels()).startsWith("Q1 2022").contains("Q2 2025").endsWith("Q4 2025", "Total");
        assertThat(count(strands, "Q1 2025", "All nominations")).isEqualTo(11);
        assertThat(count(strands, "Q2 2025", "All nominations")).isEqualTo(8);
        assertThat(count(strands, "Q3 2025", "All nominations")).isEqualTo(1);
    }

    @Test
    void theQuarterlyReturnsOwnTablesCountCasesReferralsByAgencyAndDemographics() {
        InsightFilter q1 = new InsightFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 3), fixture.north.getId(), null, null);
        Counting counting = Counting.of(PortalUser.require(), DashboardScope.PARTNERSHIP, q1, false, 5, LocalDate.of(2025, 6, 1));

        FigureTable cases = measures.casesByArea(counting).table();
        assertThat(count(cases, "Insight North", "Received")).isEqualTo(8);
        assertThat(count(cases, "Insight North", "Accepted")).isEqualTo(5);
        assertThat(count(cases, "Insight North", "Declined")).isEqualTo(2);
        assertThat(count(cases, "Insight North", "Awaiting a decision")).isEqualTo(1);

        FigureTable agencies = measures.referralsByAgency(counting).table();
        assertThat(count(agencies, "Insight Police", "Nominations")).isEqualTo(5);
        assertThat(count(agencies, "Insight Police", "Accepted")).isEqualTo(5);
        assertThat(count(agencies, "Insight Police", "Referred to Victim Support")).isEqualTo(4);
        assertThat(count(agencies, "Insight Housing", "Accepted")).isEqualTo(0);

        List<Section> demographics = measures.demographics(counting);
        FigureTable age = demographics.getFirst().table();
        // Victim 1 (twice) and victim 9 were 25 to 34 at nomination; victim 8 (born 1 January 1990) had turned 35;
        // victim 3's age band is recorded without a birth date.
        assertThat(count(age, "25 to 34", "Victims")).isEqualTo(3);
        assertThat(count(age, "35 to 49", "Victims")).isEqualTo(2);
        assertThat(count(age, "18 to 24", "Victims")).isEqualTo(1);
        assertThat(count(age, "50 to 64", "Victims")).isEqualTo(1);
        assertThat(count(age, "Age not known", "Victims")).isEqualTo(1);
        FigureTable ethnicity = demographics.stream().filter(section -> section.id().equals("demographics-ethnicity"))
                .findFirst().orElseThrow().table();
        // Answers are grouped whatever their case and spaces.
        assertThat(count(ethnicity, "White British", "Victims")).isEqualTo(5);
        assertThat(count(ethnicity, "Pakistani", "Victims")).isEqualTo(1);
        assertThat(count(ethnicity, "Asked, declined to say", "Victims")).isEqualTo(1);
        assertThat(count(ethnicity, "Not asked", "Victims")).isEqualTo(1);
    }

    @Test
    void onlyTheRolesOfEachDashboardReachIt() {
        signIn.as(fixture.police1);
        assertThatThrownBy(() -> insight.areaDashboard(InsightFixture.firstHalf2025())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> insight.partnershipOverview(InsightFixture.firstHalf2025())).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as(fixture.chair);
        assertThatThrownBy(() -> insight.agencyDashboard(InsightFixture.firstHalf2025())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
