package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chair's dashboard in a real browser: the server's SVG charts are drawn as SVG (not as unknown HTML
 * elements), named by their titles, with their tables one click away; a CSV is prepared in the background and
 * the page learns it is ready through push.
 */
class InsightBrowserIT extends BrowserTest {

    @Test
    void theChairsChartsAreDrawnNamedAndBackedByTablesAndTheExportArrivesByPush() {
        browser.open("/");
        browser.signInAtProvider("chair", "chair-demo-1");
        browser.waitForText(By.tagName("h1"), "Welcome, Priya Shah");
        browser.open("/insight/area");
        browser.waitForText(By.tagName("h1"), "Area dashboard");
        browser.waitFor(By.cssSelector("svg.portal-chart"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return [...document.querySelectorAll('svg.portal-chart')].map(svg => ({
                    namespace: svg.namespaceURI,
                    width: svg.getBoundingClientRect().width,
                    role: svg.getAttribute('role'),
                    title: svg.querySelector('title').textContent,
                    labelledBy: document.getElementById(svg.getAttribute('aria-labelledby')).textContent,
                    bars: svg.querySelectorAll('rect, polyline').length,
                    patternFill: [...svg.querySelectorAll('rect')].some(r => (r.getAttribute('fill') || '').startsWith('url(#'))
                }));
                """);
        assertThat(charts).hasSizeGreaterThan(10);
        Map<String, Object> first = charts.getFirst();
        assertThat(first.get("namespace")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(((Number) first.get("width")).doubleValue()).isGreaterThan(200);
        assertThat(first.get("role")).isEqualTo("img");
        assertThat((String) first.get("title")).startsWith("Nominations per month by hate strand");
        assertThat(first.get("labelledBy")).isEqualTo(first.get("title"));
        assertThat(charts).anyMatch(chart -> Boolean.TRUE.equals(chart.get("patternFill")));
        browser.script("document.querySelector('svg.portal-chart').scrollIntoView({block: 'start'})");
        browser.screenshot("insight-area-dashboard");

        browser.click(By.xpath("(//vaadin-details[contains(@class,'chart-table')])[1]"));
        assertThat(browser.waitFor(By.cssSelector(".chart-table[opened] vaadin-grid")).isDisplayed()).isTrue();

        browser.script("document.querySelector('.export-control').scrollIntoView({block: 'center'})");
        browser.click(By.cssSelector(".export-control vaadin-button"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector("a.export-download")).isEmpty());
        assertThat(browser.waitFor(By.cssSelector("a.export-download")).getText()).isEqualTo("Download area-dashboard.csv");
        assertThat(browser.waitFor(By.cssSelector("vaadin-progress-bar")).getDomProperty("value")).isEqualTo("1");
        browser.screenshot("insight-area-export-ready");
        browser.signOut();
    }
}
