package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bell in a real browser: the chair (told of every demo nomination in their area) sees the unread count,
 * opens the list, follows a notice to its case and marks the rest read.
 */
class NotificationBrowserIT extends BrowserTest {

    private static final By BELL = By.id("notification-bell");

    private String bellName() {
        return browser.waitFor(BELL).getDomAttribute("aria-label");
    }

    private int unread() {
        String name = bellName();
        return name.endsWith("none unread") ? 0 : Integer.parseInt(name.replaceAll("\\D+", ""));
    }

    @Test
    void theChairFollowsANoticeFromTheBellAndMarksTheRestRead() {
        browser.open("/");
        browser.signInAtProvider("chair", "chair-demo-1");
        browser.waitForText(By.tagName("h1"), "Welcome, Priya Shah");
        int before = unread();
        assertThat(before).as(bellName()).isGreaterThan(1);
        assertThat(browser.waitFor(By.cssSelector(".notification-count")).getText()).isEqualTo(String.valueOf(before));

        browser.click(BELL);
        browser.waitForText(By.cssSelector("a.notification-item"), "is waiting for your review");
        browser.screenshot("notifications-open");
        String href = browser.waitFor(By.cssSelector("a.notification-item.unread")).getDomAttribute("href");
        browser.click(By.cssSelector("a.notification-item.unread"));

        browser.waitForUrlContaining("/" + href);
        browser.pause();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> unread() == before - 1);

        browser.click(BELL);
        browser.click(By.id("notifications-mark-all-read"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> unread() == 0);
        assertThat(bellName()).isEqualTo("Notifications, none unread");
        browser.signOut();
    }
}
