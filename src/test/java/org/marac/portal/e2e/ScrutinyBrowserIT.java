package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A community scrutiny panel member, in Chromium through the real OIDC sign-in: accepts the panel's
 * confidentiality agreement on first use, opens the demo's open review meeting, reads a released case
 * (pseudonymised: nobody's name, postcode or reference anywhere on the page) and submits a review.
 */
class ScrutinyBrowserIT extends BrowserTest {

    /** Names, postcodes and addresses of the people in the demo's closed cases: none may reach the panel. */
    private static final String[] DEMO_IDENTIFIERS = {"Kowalczyk", "Lindqvist", "Haddou", "Nowak", "Tomasz", "Samira",
            "Vance", "Feld", "Crabtree", "Holt", "NG7 4QS", "NG9 6RT", "NG2 5WE", "NG9 3GH", "Demo Terrace",
            "Example Street", "HC-20"};

    @Test
    void aPanelMemberAcceptsTheAgreementAndReviewsAReleasedCase() {
        browser.open("/scrutiny");
        browser.signInAtProvider("scrutiny", "scrutiny-demo-2");
        browser.waitForText(By.tagName("h1"), "Scrutiny reviews");
        browser.waitForText(By.cssSelector(".agreement"), "Confidentiality agreement (version 1)");
        browser.screenshot("scrutiny-agreement");
        browser.script("document.querySelector('.agreement vaadin-checkbox').click();");
        browser.click(By.id("accept-agreement"));
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Cases not sent to the CPS");

        browser.click(By.cssSelector("vaadin-button[aria-label='Open Cases not sent to the CPS']"));
        browser.waitForText(By.tagName("h1"), "Review meeting of");
        browser.waitForText(By.cssSelector(".case-section"), "How the cases were chosen");
        browser.screenshot("scrutiny-meeting");
        browser.click(By.cssSelector("vaadin-button[aria-label='Open case 1']"));
        browser.waitForText(By.tagName("h1"), "Case 1");
        browser.waitForText(By.id("case-summary"), "Summary");
        String page = browser.driver().getPageSource();
        assertThat(page).contains("Pseudonymised", "Victim", "No, not sent to the CPS");
        for (String identifier : DEMO_IDENTIFIERS) {
            assertThat(page).as("the panel's page shows %s", identifier).doesNotContain(identifier);
        }
        browser.screenshot("scrutiny-case");

        browser.script("""
                document.querySelectorAll('#review-form vaadin-radio-group').forEach(group => {
                    [...group.querySelectorAll('vaadin-radio-button')]
                        .find(o => (o.label || o.textContent).trim() === 'Partly met').click();
                });
                """);
        browser.fill("Your comment on: Referral to support", "Offered, but only by letter.");
        browser.fill("Overall comment", "Quick response; communication could have been better.");
        browser.click(By.id("submit-review"));
        browser.waitForText(By.id("review-state"), "Your review is submitted.");
        browser.screenshot("scrutiny-reviewed");
    }
}
