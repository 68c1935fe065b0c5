package com.dorsum.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Headless Debian Chromium with its own chromedriver (never a downloaded one). Without them the browser tests are
 * skipped with a loud message, except under CI=true, where their absence fails the run.
 */
final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    static ChromeDriver start(int width, int height) throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            String message = "BROWSER TESTS SKIPPED: install Debian's chromium and chromium-driver packages";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (required under CI=true)");
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in on the login page (demo password) and waits until the start page has replaced it. The wait it
     * returns allows a minute: the first requests after a deployment are slow on a loaded 2-core machine.
     */
    static WebDriverWait signIn(ChromeDriver browser, String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(TestEnvironment.baseUrl());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("login:username")));
        return wait;
    }

    /**
     * Picks an item of a PrimeFaces select menu by its label and waits until the menu shows it. On a busy machine
     * a click can land while the panel is still fading in and be lost, so the pick is tried again, up to three
     * times.
     */
    static void choose(ChromeDriver browser, WebDriverWait wait, String menuId, String label) {
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[@data-label=\"" + label + "\"]");
        WebDriverWait shortWait = new WebDriverWait(browser, Duration.ofSeconds(10));
        for (int attempt = 1; ; attempt++) {
            try {
                if (browser.findElements(By.id(menuId + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
                }
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
                shortWait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                shortWait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
                return;
            } catch (TimeoutException | StaleElementReferenceException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }
}
