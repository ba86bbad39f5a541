package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The data protection officer in Chromium through the real OIDC sign-in: verifies the processing log's chain,
 * downloads it as CSV, answers a subject access request with the zip, and then finds that export in the log as a
 * disclosure, as the page shows it (the log's writer has caught up before the search answers).
 */
class DataProtectionBrowserIT extends BrowserTest {

    @Test
    void theDpoVerifiesTheLogAnswersASubjectAccessRequestAndFindsItLogged() {
        browser.open("/dpo/log");
        browser.signInAtProvider("dpo", "dpo-demo-1");
        browser.waitForText(By.tagName("h1"), "Processing log");
        browser.click(By.id("verify-chain"));
        browser.waitForText(By.cssSelector(".verification-ok"), "The chain holds");
        assertThat(download("#export-log", "text")).startsWith("id,occurred_at_utc,member_id");
        browser.screenshot("dpo-log-verified");

        browser.open("/dpo/subject-access");
        browser.waitForText(By.tagName("h1"), "Subject access");
        browser.fill("Name", "Kowalczyk");
        browser.click(By.id("find-person"));
        browser.waitFor(By.cssSelector("vaadin-grid a[aria-label^='Export everything held about']"));
        // A zip begins with "PK".
        assertThat(download("vaadin-grid a[aria-label^='Export everything held about']", "zip")).isEqualTo("PK");
        browser.screenshot("dpo-subject-access");

        browser.open("/dpo/log");
        browser.waitForText(By.tagName("h1"), "Processing log");
        browser.select("Operation", "Disclosure");
        browser.click(By.id("search-log"));
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "SUBJECT_ACCESS");
        browser.screenshot("dpo-log-disclosures");
        browser.signOut();
    }

    /** Fetches a download link's target in the page's own session: its text, or for "zip" its first two bytes. */
    private String download(String linkSelector, String as) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = document.querySelector(arguments[0]);
                fetch(link.href).then(response => arguments[1] === 'zip'
                        ? response.arrayBuffer().then(bytes => String.fromCharCode(...new Uint8Array(bytes).slice(0, 2)))
                        : response.text())
                    .then(done, failed => done('failed: ' + failed));
                """, linkSelector, as);
    }
}
