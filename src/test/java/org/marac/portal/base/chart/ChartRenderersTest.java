package org.marac.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.pdf.PdfDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** One chart model, two renderers: well-formed, accessible SVG for the browser and real text in the PDF. */
class ChartRenderersTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Chart agencies() {
        return Chart.of(Chart.Kind.BAR, "Nominations by nominating agency, Jan 2025 to Jun 2025")
                .summary("One bar for each nominating agency.")
                .axes("Agency", "Nominations")
                .categories(List.of("Northshire Police", "Northshire Homes", "Victim Support <Northshire> & \"friends\""))
                .series("Nominations", Arrays.asList(12.0, null, 7.0))
                .withheld("[c]", "withheld: fewer than 5")
                .build();
    }

    private static Chart strandsOverTime() {
        List<String> months = List.of("Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025");
        return Chart.of(Chart.Kind.LINE, "Nominations per month by hate strand, Jan 2025 to Apr 2025")
                .axes("Month", "Nominations").categories(months)
                .series("Race or ethnicity", Arrays.asList(2.0, 1.0, 3.0, 1.0))
                .series("Religion or belief", Arrays.asList(1.0, null, 0.0, 1.0))
                .series("Disability", Arrays.asList(1.0, 0.0, 1.0, 1.0))
                .build();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theSvgIsWellFormedXmlAndAnImageNamedByItsTitleAndDescribed() throws Exception {
        String svg = SvgChartRenderer.render(agencies(), "chart-7");
        Document document = parse(svg);
        Element root = document.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-7-title");
        Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("chart-7-title");
        assertThat(title.getTextContent()).isEqualTo("Nominations by nominating agency, Jan 2025 to Jun 2025");
        assertThat(root.getFirstChild()).as("the title comes first, as the accessible name").isEqualTo(title);
        Element description = (Element) root.getElementsByTagNameNS(SVG, "desc").item(0);
        assertThat(root.getAttribute("aria-describedby")).isEqualTo(description.getAttribute("id"));
        assertThat(description.getTextContent()).contains("One bar for each nominating agency.", "[c] withheld: fewer than 5");
        assertThat(root.getAttribute("viewBox")).matches("0 0 720 \\d+");
    }

    @Test
    void dataIsEscapedAndEveryValueAndCategoryIsWrittenOnTheChart() throws Exception {
        String svg = SvgChartRenderer.render(agencies(), "c1");
        assertThat(svg).doesNotContain("<Northshire>").contains("&lt;Northshire&gt; &amp; &quot;friends&quot;");

        List<String> texts = texts(parse(svg));
        assertThat(texts).contains("Northshire Police", "Northshire Homes", "12", "7", "[c]", "Nominations", "Agency");
        assertThat(texts).anyMatch(text -> text.startsWith("Victim Support <Northshire>"));
        assertThat(String.join(" ", texts)).contains("withheld: fewer than 5");
    }

    @Test
    void colourIsNeverTheOnlyCarrier() throws Exception {
        Chart grouped = Chart.of(Chart.Kind.GROUPED_BAR, "Referral rate by strand, opt-in and opt-out areas")
                .format(Chart.ValueFormat.PERCENT).categories(List.of("Race", "Disability"))
                .series("Opt-in areas", List.of(0.5, 0.25)).series("Opt-out areas", List.of(0.75, 1.0)).build();
        Document document = parse(SvgChartRenderer.render(grouped, "g"));

        NodeList patterns = document.getElementsByTagNameNS(SVG, "pattern");
        assertThat(patterns.getLength()).isEqualTo(2);
        Element second = (Element) patterns.item(1);
        assertThat(second.getElementsByTagNameNS(SVG, "line").getLength() + second.getElementsByTagNameNS(SVG, "circle").getLength())
                .as("the second series is striped or dotted, not only another colour").isPositive();
        // The legend names each series beside its patterned swatch, and every bar carries its value.
        assertThat(texts(document)).contains("Opt-in areas", "Opt-out areas", "50%", "25%", "75%", "100%");
    }

    @Test
    void everyColourHasAaContrastWithWhiteForShapesAndText() {
        for (String colour : ChartStyle.COLOURS) {
            assertThat(ChartStyle.contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(ChartStyle.contrast(ChartStyle.TEXT, "#ffffff")).isGreaterThanOrEqualTo(4.5);
        assertThat(ChartStyle.contrast(ChartStyle.AXIS, "#ffffff")).isGreaterThanOrEqualTo(3);
        Set<String> distinct = new HashSet<>(ChartStyle.COLOURS);
        assertThat(distinct).hasSameSizeAs(ChartStyle.COLOURS);
        assertThat(ChartStyle.PATTERNS.stream().map(ChartStyle.Pattern::name).distinct().count())
                .isEqualTo(ChartStyle.PATTERNS.size());
    }

    @Test
    void linesAreNamedAtTheirEndsAndWithheldValuesLeaveAGap() throws Exception {
        Document document = parse(SvgChartRenderer.render(strandsOverTime(), "lines"));
        NodeList polylines = document.getElementsByTagNameNS(SVG, "polyline");
        // Three series plus three legend samples; the withheld February value splits religion into two runs.
        assertThat(polylines.getLength()).isEqualTo(3 + 3 + 1);
        Set<String> dashes = new HashSet<>();
        for (int i = 0; i < polylines.getLength(); i++) {
            dashes.add(((Element) polylines.item(i)).getAttribute("stroke-dasharray"));
        }
        assertThat(dashes).as("each series has its own dash").hasSize(3);
        assertThat(texts(document)).contains("Jan 2025", "Apr 2025", "Race or ethnicity", "Religion or belief", "Disability");
    }

    @Test
    void theTableAlternativeHoldsEveryFigureAsWrittenOnTheChart() {
        Chart chart = agencies();
        assertThat(chart.tableHeader()).containsExactly("Agency", "Nominations");
        assertThat(chart.tableRows()).containsExactly(List.of("Northshire Police", "12"), List.of("Northshire Homes", "[c]"),
                List.of("Victim Support <Northshire> & \"friends\"", "7"));
        assertThat(chart.hasWithheld()).isTrue();
    }

    @Test
    void idsMustBeSafeAndSeriesMustMatchTheCategories() {
        assertThatThrownBy(() -> SvgChartRenderer.render(agencies(), "1\" onload=\"x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.of(Chart.Kind.BAR, "t").categories(List.of("a", "b")).series("s", List.of(1.0)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePdfHoldsTheChartAsTextBesideItsTable() throws Exception {
        byte[] pdf = new PdfDocument("OFFICIAL").title("Quarterly return").chartWithTable(strandsOverTime())
                .chart(agencies()).toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nominations per month by hate strand, Jan 2025 to Apr 2025",
                    "Nominations by nominating agency, Jan 2025 to Jun 2025", "Race or ethnicity", "Religion or belief",
                    "Jan 2025", "Apr 2025", "Northshire Police", "[c]", "withheld: fewer than 5", "OFFICIAL");
            // The table after the chart: the header and one row per month.
            assertThat(text).contains("Month", "Disability");
            assertThat(text.lines().filter(line -> line.startsWith("Feb 2025")).findFirst().orElseThrow())
                    .contains("1", "[c]", "0");
        }
    }

    @Test
    void aLongTableRunsOntoMorePagesWithItsHeaderRepeated() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("Ward " + i, String.valueOf(i)));
        }
        byte[] pdf = new PdfDocument("OFFICIAL").table(List.of("Ward", "Incidents"), rows).toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            String text = lastPage.getText(document);
            assertThat(text).contains("Ward Incidents", "Ward 120 120");
        }
    }
}
