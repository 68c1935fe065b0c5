package com.dorsum.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal on a phone: a patient signs in, sees their next three visits and today's home care, reads the plan's
 * medication warning, adds a diary entry with pain 6 (after a mistyped one that the form keeps) and finds it on
 * the chart. Another patient who tries her ids in the portal's
 * addresses is refused, and the attempts are audited.
 */
class PortalBrowserIT extends ClinicDeployment {

    /** Dr. Adler cares for Anna (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(ReferralsIT.patientOf("patient.anna"));
    }

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    /** A phone's screen: desktop Chromium keeps a minimum window width, so the viewport is set as DevTools does. */
    private static ChromeDriver phone() throws Exception {
        ChromeDriver browser = Browser.start(PHONE_WIDTH, PHONE_HEIGHT);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                "height", PHONE_HEIGHT, "deviceScaleFactor", 3, "mobile", true));
        return browser;
    }

    /** Nothing sticks out sideways: the page needs no horizontal scrolling. */
    private static boolean fitsTheScreen(ChromeDriver browser) {
        return (Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth && window.innerWidth <= "
                        + PHONE_WIDTH + ";");
    }

    @Test
    void patientOnAPhoneSeesTheNextThreeVisitsAndFindsPainSixOnTheChart() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        PortalIT.book(anna, "Jakob Berger", "PHYSIOTHERAPY", PortalIT.inTwoWeeks(DayOfWeek.MONDAY, 9));
        PortalIT.book(anna, "Dr. Marc Dorn", "CHIROPRACTIC", PortalIT.inTwoWeeks(DayOfWeek.TUESDAY, 10));
        PortalIT.book(anna, "Dr. Helena Adler", "INJECTION", PortalIT.inTwoWeeks(DayOfWeek.WEDNESDAY, 11));
        PortalIT.book(anna, "Lea Engel", "OSTEOPATHY", PortalIT.inTwoWeeks(DayOfWeek.THURSDAY, 12));
        LocalDate today = LocalDate.now(PortalIT.CLINIC);
        assertEquals(201, Api.as("clinician").post("patients/" + anna + "/plans", """
                {"problem":"Upper back strain","homeCare":[{"template":"ICE","firstDay":"%1$s"}],
                 "medications":[{"medicine":"IBUPROFEN","firstDay":"%1$s","lastDay":"%2$s"},
                                {"medicine":"ACETAMINOPHEN","firstDay":"%1$s","lastDay":"%2$s"}]}"""
                .formatted(today, today.plusDays(4))).status());
        ChromeDriver browser = phone();
        try {
            WebDriverWait wait = Browser.signIn(browser, "patient.anna");
            assertTrue(browser.findElement(By.id("homeCare")).getText().contains("Ice the sore area"));

            List<WebElement> visits = wait.until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#nextVisits li.visit"), 3));
            assertTrue(visits.get(0).getText().contains("Physiotherapy with Jakob Berger"), visits.get(0).getText());
            assertTrue(visits.get(2).getText().contains("Facet-joint injection with Dr. Helena Adler"));
            assertFalse(browser.findElement(By.id("nextVisits")).getText().contains("Lea Engel"));
            assertTrue(fitsTheScreen(browser), "the home page fits the phone's width");

            browser.get(TestEnvironment.baseUrl() + "portal/plan.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".warning"),
                    "do not take Acetaminophen"));
            assertTrue(browser.findElement(By.id("medication")).getText().contains("Never on an empty stomach"));

            browser.get(TestEnvironment.baseUrl() + "portal/home.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("toDiary"))).click();
            WebElement pain = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:pain")));
            assertTrue(fitsTheScreen(browser), "the diary fits the phone's width");
            pain.sendKeys("11");
            browser.findElement(By.id("entry:activity")).sendKeys("carried the shopping");
            browser.findElement(By.id("entry:notes")).sendKeys("stiff in the morning");
            browser.findElement(By.id("entry:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:messages"),
                    "Pain is rated from 0 to 10"));
            assertEquals("carried the shopping", browser.findElement(By.id("entry:activity")).getAttribute("value"));
            assertEquals("stiff in the morning", browser.findElement(By.id("entry:notes")).getAttribute("value"));

            WebElement typed = browser.findElement(By.id("entry:pain"));
            typed.clear();
            typed.sendKeys("6");
            browser.findElement(By.id("entry:save")).click();
            WebElement point = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#painChart circle.pain-point[data-date='" + today + "'][data-pain='6']")));
            assertTrue(point.isDisplayed());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:entries"),
                    "stiff in the morning"));
            assertEquals("", browser.findElement(By.id("entry:activity")).getAttribute("value"), "form emptied");
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from diary_entry where patient_id = ? and pain = 6"
                + " and entry_date = ? and activity = 'carried the shopping'", anna, today));
    }

    @Test
    void anotherPatientTryingHerIdsInThePortalIsRefusedAndAudited() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long visit = PortalIT.book(anna, "Jakob Berger", "PHYSIOTHERAPY", PortalIT.inTwoWeeks(DayOfWeek.MONDAY, 9));
        long entry = Api.as("patient.anna").post("me/diary", "{\"date\":\"" + LocalDate.now(PortalIT.CLINIC)
                + "\",\"pain\":4,\"notes\":\"private note of Anna\"}").json().getJsonNumber("id").longValue();
        ChromeDriver browser = phone();
        try {
            WebDriverWait wait = Browser.signIn(browser, "patient.ben");

            browser.get(TestEnvironment.baseUrl() + "portal/diary.xhtml?edit=" + entry);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry:messages"), "not found"));
            assertFalse(browser.getPageSource().contains("private note of Anna"));
            assertEquals("", browser.findElement(By.id("entry:notes")).getAttribute("value"));

            browser.get(TestEnvironment.baseUrl() + "portal/appointments.xhtml?change=" + visit);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits:messages"), "not found"));
            assertTrue(browser.findElements(By.id("visits:changeForm")).isEmpty());
        } finally {
            browser.quit();
        }
        assertEquals(1, PortalIT.refusals("patient.ben", anna, "DIARY_VIEWED"));
        assertEquals(1, PortalIT.refusals("patient.ben", anna, "APPOINTMENTS_VIEWED"));
    }
}
