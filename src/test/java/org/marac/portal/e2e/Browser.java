package org.marac.portal.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download). Paths can be
 * moved with CHROMIUM_BIN and CHROMEDRIVER_BIN.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800", "--lang=en-GB",
                "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains(fragment));
    }

    void waitForText(By locator, String text) {
        try {
            // textContent rather than getText(): the latter is empty for text outside the viewport here.
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(locator).stream()
                    .anyMatch(element -> String.valueOf(element.getDomProperty("textContent")).contains(text)));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            screenshot("failed-waiting-for-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw timeout;
        }
    }

    /** Signs in on the identity provider's page the portal redirected to. */
    void signInAtProvider(String username, String password) {
        waitForUrlContaining("/idp/login");
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement user = waitFor(By.id("username"));
                user.clear();
                user.sendKeys(username);
                WebElement secret = driver.findElement(By.id("password"));
                secret.clear();
                secret.sendKeys(password);
                driver.findElement(By.cssSelector("button[type=submit]")).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException stillRedirecting) {
                if (attempt == 3) {
                    throw stillRedirecting;
                }
            }
        }
    }

    /** Vaadin fields by their visible label: set a value as a person would (a change event follows). */
    void fill(String label, String value) {
        script("""
                const field = [...document.querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-email-field,\
                 vaadin-date-picker, vaadin-date-time-picker, vaadin-integer-field')]
                    .find(e => e.label === arguments[0] && e.checkVisibility());
                if (!field) throw new Error('No field labelled ' + arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new Event('change', {bubbles: true}));
                """, label, value);
    }

    /** Picks an option of a radio group or checkbox group, found by the group's label and the option's label. */
    void choose(String groupLabel, String optionLabel) {
        script("""
                const group = [...document.querySelectorAll('vaadin-radio-group, vaadin-checkbox-group')]
                    .find(e => e.label === arguments[0] && e.checkVisibility());
                if (!group) throw new Error('No group labelled ' + arguments[0]);
                const option = [...group.querySelectorAll('vaadin-radio-button, vaadin-checkbox')]
                    .find(o => (o.label || o.textContent).trim() === arguments[1]);
                if (!option) throw new Error('No option ' + arguments[1] + ' in ' + arguments[0]);
                option.click();
                """, groupLabel, optionLabel);
    }

    /** Chooses a combo box item by typing its label, as a keyboard user would. */
    void pick(String label, String itemLabel) {
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const box = [...document.querySelectorAll('vaadin-combo-box')].find(e => e.label === arguments[0]);
                return box.querySelector('input');
                """, label);
        input.click();
        input.sendKeys(itemLabel);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
        pause();
    }

    /** Chooses an item of a select by its visible label, as a pointer user would: open it, click the item. */
    void select(String label, String itemLabel) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        const select = [...document.querySelectorAll('vaadin-select')].findLast(e => e.label === arguments[0]);
                        if (select) select.opened = true;
                        return !!select;
                        """, label)));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + itemLabel + "']"));
    }

    void clickButton(String text) {
        click(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    /** Clicks as a person would after scrolling to it: the element is activated even under a sticky header. */
    void click(By locator) {
        pause();
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = waitFor(locator);
                ((JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                if (attempt == 3) {
                    throw rerendered;
                }
            }
        }
        pause();
    }

    Object script(String javascript, Object... arguments) {
        Object result = ((JavascriptExecutor) driver).executeScript(javascript, arguments);
        pause();
        return result;
    }

    /** Lets Vaadin's round trip finish before the next step reads the page. */
    void pause() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    void signOut() {
        waitFor(By.id("logout")).click();
        waitForUrlContaining("/idp/login");
        driver.manage().deleteAllCookies();
    }

    void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
