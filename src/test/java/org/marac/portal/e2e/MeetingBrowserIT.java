package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo MARAC end to end in two Chromium windows, each signed in through the real OIDC redirect: the chair
 * runs the demo meeting's two cases while a police attendee follows in the other window through server push;
 * an action agreed at the meeting appears on the attendee's screen; the chair concludes and approves the
 * minutes, which the attendee can then read. Afterwards the action is in the police's own list, the police
 * complete it, and the chair closes the case.
 */
class MeetingBrowserIT extends BrowserTest {

    /** Opens the first meeting of Northshire North listed on the meetings page (the demo meeting). */
    private static void openDemoMeeting(Browser window) {
        window.waitForText(By.tagName("h1"), "MARAC meetings");
        window.waitFor(By.cssSelector("vaadin-grid vaadin-button"));
        window.script("""
                const open = [...document.querySelectorAll('vaadin-grid vaadin-button')]
                    .find(b => (b.getAttribute('aria-label') || '').startsWith('Open Northshire North'));
                if (!open) throw new Error('No Northshire North meeting listed');
                open.click();
                """);
        window.waitForText(By.tagName("h1"), "MARAC: Northshire North");
        window.click(By.id("accept-confidentiality"));
        window.waitFor(By.id("meeting-tabs"));
    }

    private static void scrollTo(Browser window, String id) {
        window.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }

    private static String text(Browser window, String id) {
        return String.valueOf(window.waitFor(By.id(id)).getDomProperty("textContent")).strip();
    }

    @Test
    void theChairRunsATwoCaseMeetingAnAttendeeFollowsAnActionIsAgreedAndTheMinutesAreApproved() {
        browser.open("/meetings");
        browser.signInAtProvider("chair", "chair-demo-1");
        openDemoMeeting(browser);
        browser.waitForText(By.id("meeting-status"), "Agenda published");
        browser.screenshot("meeting-agenda");
        // Bad input: cancelling without a reason is refused beside the field, and the meeting stays as it was.
        browser.click(By.id("cancel-meeting"));
        browser.click(By.id("confirm-meeting-change"));
        assertThat(browser.waitFor(By.cssSelector("vaadin-text-area[invalid]"))
                .getDomProperty("errorMessage")).isEqualTo("This is required");
        browser.screenshot("meeting-cancel-refused");
        browser.clickButton("Cancel");
        browser.waitForText(By.id("meeting-status"), "Agenda published");
        browser.click(By.id("open-live"));
        browser.click(By.id("start-meeting"));
        String first = text(browser, "current-case");
        assertThat(first).startsWith("HC-");
        assertThat(text(browser, "live-position")).isEqualTo("Case 1 of 2");

        String second;
        try (Browser attendee = new Browser(BASE_URL)) {
            attendee.open("/meetings");
            attendee.signInAtProvider("police", "police-demo-1");
            openDemoMeeting(attendee);
            attendee.click(By.id("open-live"));
            attendee.waitForText(By.id("current-case"), first);
            browser.waitForText(By.id("live-presence"), "Dan Okafor");

            browser.click(By.id("next-case"));
            second = text(browser, "current-case");
            assertThat(second).isNotEqualTo(first).startsWith("HC-");
            // Pushed to the attendee: nothing in their window asked for it.
            attendee.waitForText(By.id("current-case"), second);
            attendee.waitForText(By.id("live-position"), "Case 2 of 2");
            attendee.screenshot("meeting-attendee-follows");

            browser.click(By.id("add-meeting-action"));
            browser.fill("Action", "Police to visit the victim weekly and review the door camera");
            browser.pick("Owner agency", "Northshire Police");
            browser.clickButton("Save");
            attendee.waitForText(By.id("agreed-actions"), "Police to visit the victim weekly");

            browser.click(By.id("record-outcome"));
            browser.fill("Discussion", "Incidents continue weekly; the victim feels unsafe at home");
            browser.fill("Decisions", "Refer for target hardening");
            browser.clickButton("Save");
            attendee.waitForText(By.id("live-outcome"), "Incidents continue weekly");
            browser.screenshot("meeting-live-chair");

            // The chair's controls sit above, scrolled out of the layout's scroll area, where Selenium counts them hidden.
            scrollTo(browser, "conclude-meeting");
            browser.click(By.id("conclude-meeting"));
            browser.click(By.id("confirm-conclude"));
            attendee.waitForText(By.id("live-status"), "Concluded, minutes in draft");

            browser.click(By.xpath("//a[normalize-space(.)='Back to the meeting page']"));
            browser.waitForText(By.id("meeting-status"), "Concluded, minutes in draft");
            browser.waitForText(By.cssSelector(".minutes-panel"), "Incidents continue weekly");
            browser.screenshot("meeting-minutes-draft");
            browser.click(By.id("approve-minutes"));
            browser.waitForText(By.id("meeting-status"), "Minutes approved");

            attendee.click(By.xpath("//a[normalize-space(.)='Back to the meeting page']"));
            attendee.waitForText(By.cssSelector(".minutes-panel"), "Approved by Priya Shah");
            assertThat(attendee.driver().getPageSource()).contains("Police to visit the victim weekly");
            attendee.screenshot("meeting-minutes-approved");

            // After the meeting the action is in the police's own list; the police complete it.
            attendee.open("/actions");
            attendee.waitForText(By.tagName("h1"), "My agency's actions");
            String update = "vaadin-button[aria-label='Update the action: Police to visit the victim weekly and review"
                    + " the door camera']";
            attendee.waitForText(By.id("agency-actions"), "Police to visit the victim weekly");
            attendee.waitForText(By.id("agency-actions"), second);
            attendee.click(By.cssSelector(update));
            attendee.select("Status", "Done");
            attendee.fill("Comment", "Visited twice; the camera shows no further damage");
            attendee.screenshot("action-update");
            attendee.click(By.id("save-action-update"));
            // The list shows unfinished actions: the finished one leaves it (the grid keeps recycled rows hidden).
            new WebDriverWait(attendee.driver(), Duration.ofSeconds(15)).until(d -> Boolean.FALSE.equals(
                    attendee.script("return [...document.querySelectorAll(arguments[0])].some(e => e.checkVisibility())",
                            update)));
        }

        // With every action finished the chair closes the case.
        browser.open("/cases");
        browser.waitForText(By.tagName("h1"), "Cases");
        browser.fill("Reference", second);
        browser.click(By.cssSelector("vaadin-button[aria-label='Open " + second + "']"));
        browser.waitForText(By.tagName("h1"), second);
        assertThat(browser.driver().getPageSource()).contains("Police to visit the victim weekly");
        browser.click(By.id("close-case"));
        browser.choose("Reason for closing", "Risk reduced");
        browser.choose("Final risk level", "Medium");
        browser.choose("Did the case reach the Crown Prosecution Service?", "Not known");
        browser.click(By.id("confirm-close"));
        browser.waitFor(By.id("reopen-case"));
        browser.screenshot("case-closed");
        browser.signOut();
    }
}
