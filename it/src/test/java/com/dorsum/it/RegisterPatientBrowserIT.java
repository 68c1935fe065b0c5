package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The front desk's day: sign in, register a patient, find them in the search. */
class RegisterPatientBrowserIT extends ClinicDeployment {

    @Test
    void frontDeskRegistersAPatientAndFindsThemInTheSearch() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = Browser.signIn(browser, "frontdesk");

            wait.until(ExpectedConditions.elementToBeClickable(By.id("search:newPatient"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:givenName"))).sendKeys("Selma");
            browser.findElement(By.id("register:familyName")).sendKeys("Browserfeld");
            browser.findElement(By.id("register:birthDate_input")).sendKeys("1984-06-30", Keys.TAB);
            browser.findElement(By.id("register:phone")).sendKeys("+49 30 7654321");
            browser.findElement(By.id("register:email")).sendKeys("selma@example.org");
            browser.findElement(By.id("register:save")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.invisibilityOfElementLocated(By.id("registerDialog")),
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#register\\:messages li"))));
            assertFalse(browser.findElement(By.id("registerDialog")).isDisplayed(),
                    "the dialog says: " + browser.findElement(By.id("register:messages")).getText());

            WebDriver page = browser;
            page.findElement(By.id("search:query")).clear();
            page.findElement(By.id("search:query")).sendKeys("Browserfeld");
            page.findElement(By.id("search:find")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:results"), "Browserfeld, Selma"));
            assertTrue(page.findElement(By.id("search:results")).getText().contains("1984-06-30"));
        } finally {
            browser.quit();
        }
    }
}
