package org.marac.portal.e2e;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.HeldHead;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chair's case list in Chromium: the rows with their victims' names, a reference that matches nothing (the
 * list says so, and how to see everything again), and the case page and list while the processing log cannot
 * record reads (each says why it shows no case data), then the case again once the log has caught up.
 */
class CaseListBrowserIT extends BrowserTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theChairListsFiltersAndIsToldWhyNoCaseDataIsShownWhileTheLogIsStuck() throws Exception {
        browser.open("/cases");
        browser.signInAtProvider("chair", "chair-demo-1");
        browser.waitForText(By.tagName("h1"), "Cases");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), 'HC-')]"));
        browser.screenshot("cases-list");

        // Typed, as a member types: the filter follows the keystrokes (a lazy value change), not a change event.
        WebElement reference = browser.driver().findElement(By.cssSelector("vaadin-text-field[placeholder='HC-2026-'] input"));
        reference.sendKeys("no such case");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Long.valueOf(0).equals(
                ((JavascriptExecutor) d).executeScript("return document.getElementById('cases').size")));
        browser.waitForText(By.id("cases"), "No cases match");
        browser.screenshot("cases-none-match");

        reference.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.click(By.xpath("(//vaadin-grid[@id='cases']//vaadin-button[starts-with(@aria-label, 'Open HC-')])[1]"));
        browser.waitForText(By.cssSelector(".case-view h1"), "HC-");
        String casePage = java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
        // A stuck change holds the chain's head: the log's writer waits, and reads queue until it is too far behind.
        try (Connection holder = HeldHead.hold(dataSource)) {
            browser.open(casePage);
            browser.waitForText(By.cssSelector(".case-view h1"), "HC-");
            Thread.sleep(10_500);

            browser.open(casePage);
            browser.waitForText(By.tagName("h1"), "Case data can't be shown just now");
            browser.waitFor(By.xpath("//a[normalize-space(.)='Go to your home page']"));
            browser.screenshot("case-log-unavailable");
            browser.open("/cases");
            browser.waitForText(By.tagName("vaadin-notification-card"), "it cannot record that just now");
            browser.screenshot("cases-log-unavailable");
            holder.rollback();
        }
        browser.open(casePage);
        browser.waitForText(By.cssSelector(".case-view h1"), "HC-");
        browser.signOut();
    }
}
