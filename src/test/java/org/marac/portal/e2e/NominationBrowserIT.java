package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The front door end to end, in Chromium through the real OIDC sign-in: a housing practitioner nominates
 * with a risk assessment, a housing supervisor endorses it as high, and the area chair accepts it.
 */
class NominationBrowserIT extends BrowserTest {


    @Test
    void housingNominatesWithARiskAssessmentTheSupervisorEndorsesHighAndTheChairAccepts() {
        browser.open("/nominations");
        browser.signInAtProvider("housing", "housing-demo-1");
        browser.waitForText(By.cssSelector(".nomination-view h1"), "New nomination");

        browser.pick("MARAC area", "Northshire North");
        browser.fill("Given name", "Zara");
        browser.fill("Family name", "Browserton");
        browser.fill("Date of birth", "1991-02-03");
        browser.fill("Postcode", "NG7 9ZZ");
        browser.choose("Is a letter safe to send?", "No");
        browser.clickButton("Add incident");
        browser.fill("Date and time", "2026-11-01T21:30");
        browser.fill("What happened", "Racist abuse shouted at the victim on her doorstep");
        browser.choose("Monitored hate strands", "Race or ethnicity");
        browser.fill("Why the victim thinks they were targeted, in their words", "Because I wear a headscarf");
        browser.clickButton("Done");
        browser.fill("Why this case should go to MARAC", "Repeated targeting at home");
        browser.fill("What your agency has done so far", "Visited, fitted a door camera");
        browser.choose("Does the victim know about this referral?", "Yes");
        browser.choose("Did the victim consent?", "Yes");
        browser.choose("The victim's choice about Victim Support", "Wants a referral");
        browser.click(By.id("save-draft"));
        browser.screenshot("nomination-form");
        browser.click(By.id("assess-risk"));
        browser.waitForText(By.cssSelector(".risk-view h1"), "Risk assessment for");
        browser.script("""
                document.querySelectorAll('vaadin-radio-group').forEach(group => {
                    if (/^\\d+\\. /.test(group.label)) {
                        [...group.querySelectorAll('vaadin-radio-button')].find(o => (o.label || o.textContent).trim() === 'No').click();
                    }
                });
                """);
        for (String diagnostic : new String[] {"Current harm", "Risk of harm through repeat victimisation",
                "Community cohesion", "Confidence in the agencies"}) {
            browser.choose(diagnostic, "High");
        }
        browser.choose("Assessor's level", "High");
        browser.fill("Rationale", "Targeted at home, escalating, victim frightened");
        browser.fill("Safeguarding measure", "Fit a video doorbell");
        browser.fill("Who", "Northshire Homes");
        browser.click(By.id("add-plan-item"));
        browser.pause();
        browser.screenshot("risk-assessment");
        browser.click(By.id("send-for-endorsement"));
        browser.waitForText(By.cssSelector(".case-view h1"), "Draft");
        browser.clickButton("Continue the nomination");
        browser.click(By.id("submit-nomination"));
        browser.waitForText(By.cssSelector(".case-view h1"), "HC-");
        browser.signOut();

        browser.open("/endorsements");
        browser.signInAtProvider("housing-sup", "housing-demo-2");
        browser.waitForText(By.tagName("h1"), "Risk assessments to endorse");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Open']"));
        browser.click(By.id("endorse"));
        browser.pause();
        browser.signOut();

        browser.open("/chair/queue");
        browser.signInAtProvider("chair", "chair-demo-1");
        browser.waitForText(By.tagName("h1"), "Nominations to review");
        String row = "//vaadin-grid-cell-content[normalize-space(.)='Northshire Homes']";
        browser.waitFor(By.xpath(row));
        browser.script("""
                const grid = document.querySelector('vaadin-grid');
                const open = [...grid.querySelectorAll('vaadin-button')]
                    .filter(b => b.getAttribute('aria-label') && b.getAttribute('aria-label').startsWith('Open'));
                open[open.length - 1].click();
                """);
        browser.waitForText(By.tagName("h3"), "Eligible for MARAC");
        assertThat(browser.driver().getPageSource()).contains("A supervisor endorsed the risk as high.");
        browser.screenshot("chair-queue");
        browser.click(By.id("accept"));
        browser.pause();

        browser.open("/cases");
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Zara Browserton']"));
        browser.waitForText(By.cssSelector(".case-header"), "Accepted for MARAC");
        assertThat(browser.driver().findElement(By.cssSelector(".communication-preferences")).getText())
                .contains("Do NOT send letters");
        browser.screenshot("case-accepted");
    }

}
