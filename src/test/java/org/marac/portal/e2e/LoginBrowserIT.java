package org.marac.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole portal on a real port, signed in to through the real OIDC redirect to the development
 * identity provider, in Debian's Chromium.
 */
class LoginBrowserIT extends BrowserTest {

    @BeforeEach
    void freshSession() {
        browser.open("/actuator/health");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theChairSignsInThroughTheProviderSeesTheirHomeAndSignsOutOfBoth() {
        browser.open("/");
        browser.signInAtProvider("chair", "chair-demo-1");

        browser.waitForText(By.tagName("h1"), "Welcome, Priya Shah");
        assertThat(browser.driver().getCurrentUrl()).startsWith(BASE_URL);
        assertThat(browser.driver().findElement(By.cssSelector(".member-agency")).getText())
                .isEqualTo("Northshire Council Community Safety");
        List<String> navigation = browser.driver().findElements(By.tagName("vaadin-side-nav-item")).stream()
                .map(item -> item.getText().strip()).toList();
        assertThat(navigation).containsExactly("Home", "Cases", "MARAC meetings", "Nominations to review",
                "Action tracker", "Area dashboard", "Partnership overview", "Quarterly return", "Retention reviews",
                "Scrutiny summaries", "Notification settings");
        assertThat(browser.driver().getPageSource()).contains("Northshire North");
        browser.screenshot("chair-home");

        browser.waitFor(By.id("logout")).click();

        // Logout ended the provider's session too: the portal asks the provider, which asks again.
        browser.waitForUrlContaining("/idp/login");
        assertThat(browser.waitFor(By.id("username")).isDisplayed()).isTrue();
        browser.open("/");
        browser.waitForUrlContaining("/idp/login");
    }

    @Test
    void aNewIdentitySeesOnlyThatAccessHasBeenRequested() {
        browser.open("/admin/members");
        browser.signInAtProvider("newcomer", "newcomer-demo-1");

        browser.waitForText(By.tagName("h1"), "Access requested");
        assertThat(browser.driver().findElements(By.tagName("vaadin-side-nav-item"))).isEmpty();
        browser.screenshot("access-requested");
    }

    @Test
    void aWrongPasswordIsRefusedAtTheProvider() {
        browser.open("/");
        browser.signInAtProvider("chair", "not-the-password");

        browser.waitForText(By.cssSelector("[role=alert]"), "Wrong username or password.");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(BASE_URL + "/oauth2/authorization/portal");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "default-src 'self'");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

}
