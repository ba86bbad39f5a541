package org.marac.portal.insight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.ui.ChartPanel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.NewMembers;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboards as chairs and agency leads use them: filters, withheld numbers, exports with progress, settings. */
class InsightViewsTest extends KaribuTest {

    @Autowired
    InsightFixture fixture;
    @Autowired
    InsightDigestSettings digestSettings;
    @Autowired
    NewMembers newMembers;

    @BeforeEach
    void build() {
        fixture.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static <T> void choose(String id, String label) {
        ComboBox<T> combo = combo(id);
        T item = combo.getGenericDataView().getItems()
                .filter(candidate -> combo.getItemLabelGenerator().apply(candidate).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + label + " in " + id));
        _setValue(combo, item);
    }

    private static Section section(String id) {
        return _get(Section.class, spec -> spec.withId("section-" + id));
    }

    /** A headline figure of a section, as shown. */
    private static String keyFigure(String sectionId, String label) {
        for (Div item : _find(section(sectionId), Div.class, spec -> spec.withClasses("key-figure"))) {
            List<Span> spans = _find(item, Span.class);
            if (spans.getFirst().getText().equals(label)) {
                return spans.get(1).getText();
            }
        }
        throw new AssertionError("No key figure " + label + " in " + sectionId);
    }

    /** The rows of a section's first chart's table alternative. */
    private static List<List<String>> chartTable(String sectionId) {
        return _find(section(sectionId), ChartPanel.class).getFirst().getTable().getGenericDataView().getItems().toList();
    }

    private static void waitForDownload() {
        long deadline = System.currentTimeMillis() + 90_000;
        while (_find(Anchor.class, spec -> spec.withClasses("export-download")).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                fail("The export did not finish");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            MockVaadin.clientRoundtrip(false);
        }
    }

    @Test
    void theChairNarrowsTheDashboardByPeriodAreaStrandAndAgency() {
        openAs(fixture.chair);
        UI.getCurrent().navigate("insight/area");
        assertThat(_get(H1.class).getText()).isEqualTo("Area dashboard");
        // The last twelve months hold none of this partnership's cases.
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("0");

        choose("filter-from", "Jan 2025");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).as("January 2025 to now: case 20 too").isEqualTo("20");
        choose("filter-to", "Jun 2025");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("19");
        assertThat(chartTable("nominations-by-agency")).contains(List.of("Insight Housing", "4"));

        choose("filter-area", "Insight South");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("6");
        choose("filter-strand", "Disability");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("1");
        _setValue(combo("filter-area"), null);
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("4");
        choose("filter-agency", "Insight Housing");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("3");
        assertThat(keyFigure("nominations-by-strand", "Two or more strands")).isEqualTo("0");

        // A period ending before it starts is refused beside the field; the figures stay as they were.
        choose("filter-to", "Dec 2024");
        ComboBox<YearMonth> to = combo("filter-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Choose a month on or after the first month");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("3");
        choose("filter-to", "Jun 2025");
        assertThat(to.isInvalid()).isFalse();
    }

    @Test
    void chartsAreImagesNamedByTheirTitleWithATableBesideThem() {
        openAs(fixture.chair);
        UI.getCurrent().navigate("insight/area");
        choose("filter-from", "Jan 2025");
        choose("filter-to", "Jun 2025");
        ChartPanel panel = _find(section("nominations-by-agency"), ChartPanel.class).getFirst();
        assertThat(panel.getSvg()).startsWith("<svg").contains("role=\"img\"",
                "<title id=\"" + panel.getSvg().replaceAll("(?s).*aria-labelledby=\"([^\"]+)\".*", "$1") + "\">Nominations by nominating agency, Jan 2025 to Jun 2025</title>");
        assertThat(panel.getDetails().getSummaryText()).isEqualTo("Show as a table");
        assertThat(panel.getTable().getColumns()).hasSize(2);
        assertThat(panel.getTable().getAriaLabel()).hasValue("Nominations by nominating agency, Jan 2025 to Jun 2025");
    }

    @Test
    void theAgencyLeadSeesTheirAgencyWithSmallNumbersWithheldAndNoAgencyFilter() {
        openAs(fixture.policeLead);
        UI.getCurrent().navigate("insight/agency");
        assertThat(_find(ComboBox.class, spec -> spec.withId("filter-agency"))).as("no agency filter shown").isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withId("filter-area"))).hasSize(1);
        choose("filter-from", "Jan 2025");
        choose("filter-to", "Jun 2025");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).isEqualTo("12");
        assertThat(chartTable("nominations-by-area")).containsExactly(List.of("Insight North", "[c]"), List.of("Insight South", "[c]"));
        assertThat(_find(Section.class, spec -> spec.withId("section-nominations-by-agency"))).isEmpty();

        choose("filter-strand", "Religion or belief");
        assertThat(keyFigure("nominations-by-strand", "Nominations")).as("3 nominations: withheld").isEqualTo("[c]");
    }

    @Test
    void theCsvIsPreparedInTheBackgroundWithProgressThenOfferedForDownload() {
        openAs(fixture.chair);
        UI.getCurrent().navigate("insight/partnership");
        choose("filter-from", "Jan 2025");
        choose("filter-to", "Jun 2025");
        _click(_get(Button.class, spec -> spec.withText("Prepare a CSV of these figures")));
        assertThat(_get(ProgressBar.class).isVisible()).isTrue();
        waitForDownload();
        assertThat(_get(ProgressBar.class).getValue()).isEqualTo(1.0);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-download")).getText())
                .isEqualTo("Download partnership-overview.csv");
        assertThat(_get(Span.class, spec -> spec.withClasses("export-status")).getText()).isEqualTo("Ready to download.");
    }

    @Test
    void theQuarterlyReturnIsPreparedForAQuarterAndArea() {
        openAs(fixture.chair);
        UI.getCurrent().navigate("insight/quarterly-return");
        @SuppressWarnings("unchecked")
        Select<Quarter> quarter = _get(Select.class, spec -> spec.withId("return-quarter"));
        _setValue(quarter, new Quarter(2025, 1));
        choose("return-area", "Insight North");
        _click(_get(Button.class, spec -> spec.withText("Prepare the return as PDF")));
        waitForDownload();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-download")).getText())
                .isEqualTo("Download quarterly-return.pdf");
    }

    @Test
    void membersWhoWorkOnCasesChooseTheDailySummaryInTheirNotificationSettings() {
        Member member = newMembers.create("Summary Reader", fixture.police, Role.PRACTITIONER);
        openAs(member);
        UI.getCurrent().navigate("settings/notifications");
        Checkbox summary = _get(Checkbox.class, spec -> spec.withId("insight-digest"));
        assertThat(summary.getLabel()).isEqualTo("Email me the daily insight summary");
        assertThat(summary.getValue()).isFalse();
        _setValue(summary, true);
        _click(_get(Button.class, spec -> spec.withId("insight-digest-save")));
        signIn.as(member);
        assertThat(digestSettings.mySetting().subscribed()).isTrue();
    }

    @Test
    void theSummaryIsNotOfferedToThoseWhoDoNotWorkOnCases() {
        openAs("dpo");
        UI.getCurrent().navigate("settings/notifications");
        assertThat(_find(Checkbox.class, spec -> spec.withId("insight-digest"))).isEmpty();
    }

    @Test
    void theActionTrackerChartsEachAgencysRates() {
        openAs(fixture.chair);
        UI.getCurrent().navigate("chair/actions");
        choose("rates-area", "Insight North");
        ChartPanel panel = _get(ChartPanel.class);
        assertThat(panel.getChart().title()).isEqualTo(
                "Share of actions done, and overdue or finished late, by owner agency in Insight North");
        assertThat(panel.getChart().categories()).containsExactly("Insight Council", "Insight Housing", "Insight Police");
        assertThat(panel.getTable().getGenericDataView().getItems().toList())
                .contains(List.of("Insight Housing", "50%", "100%"), List.of("Insight Police", "33.3%", "33.3%"));
        assertThat(panel.getSvg()).contains("role=\"img\"");
    }

    @Test
    void strandFilterOffersEveryMonitoredStrand() {
        openAs(fixture.chair);
        UI.getCurrent().navigate("insight/area");
        ComboBox<Strand> strand = combo("filter-strand");
        assertThat(strand.getGenericDataView().getItems().toList()).containsExactly(Strand.values());
    }
}
