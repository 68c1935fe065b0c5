package com.dorsum.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.dorsum.it.InjectionTestData.ADLER;
import static com.dorsum.it.InjectionTestData.at;
import static com.dorsum.it.InjectionTestData.patient;
import static com.dorsum.it.InjectionTestData.provider;
import static com.dorsum.it.InjectionTestData.weekdayOnOrAfter;
import static com.dorsum.it.InjectionTestData.threeInTheLastSixMonths;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A clinician's morning: the injection dashboard shows a patient who had three injections in the last six months
 * and has none left; on the patient's Injections tab a fourth is refused, with the earliest date it is allowed.
 */
class InjectionsBrowserIT extends ClinicDeployment {

    /** The pain physician cares for the patients on screen (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(patient(30), ReferralsIT.patientOf("patient.anna"));
    }

    @Test
    void dashboardShowsNoneRemainingAndTheBookingScreenRefusesAFourthWithTheEarliestAllowedDate() throws Exception {
        LocalDate today = LocalDate.now();
        long patient = patient(30);
        long adler = provider(ADLER);
        LocalDate first = threeInTheLastSixMonths(patient, adler);
        String earliest = first.plusMonths(6).plusDays(1).toString();
        LocalDateTime fourth = at(weekdayOnOrAfter(today.plusDays(7)), 10);

        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            WebDriverWait wait = Browser.signIn(browser, "clinician");
            wait.until(ExpectedConditions.urlContains("/staff/"));

            browser.findElement(By.linkText("Injections")).click();
            WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[@id='dashboard:patients']//tr[.//a[contains(@href, 'id=" + patient + "')]]")));
            assertEquals("3", row.findElement(By.className("in-six-months")).getText());
            assertEquals("0", row.findElement(By.className("remaining")).getText());
            assertEquals(earliest, row.findElement(By.className("next-eligible")).getText());

            row.findElement(By.className("patient")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:injectionsTab']")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:injections:remaining"), "0"));
            WebElement start = browser.findElement(By.id("tabs:book:start_input"));
            start.sendKeys(fourth.toLocalDate() + " " + fourth.toLocalTime());
            start.sendKeys(Keys.TAB);
            Browser.choose(browser, wait, "tabs:book:level", "L4-L5");
            browser.findElement(By.xpath("//*[@id='tabs:book:side']//label[text()='RIGHT']")).click();
            // The signed-in pain physician is preselected.
            assertEquals(ADLER, browser.findElement(By.id("tabs:book:provider_label")).getText());
            browser.findElement(By.id("tabs:book:save")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:book:earliestAllowed"),
                    earliest));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:book:messages"),
                    "At most 3 facet-joint injections in six months"));
        } finally {
            browser.quit();
        }
        assertEquals(3, TestDatabase.count("select count(*) from injection where patient_id = ?", patient));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'INJECTION_BOOKED' and outcome = 'REFUSED' and username = 'clinician'", patient));
    }

    @Test
    void patientSeesTheirInjectionHistoryCountAndNextEligibleDateOnAPhone() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        LocalDate first = threeInTheLastSixMonths(anna, provider(ADLER));
        ChromeDriver browser = Browser.start(390, 844);
        try {
            WebDriverWait wait = Browser.signIn(browser, "patient.anna");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("myInjections"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inLastSixMonths"), "3"));
            assertEquals(first.plusMonths(6).plusDays(1).toString(), browser.findElement(By.id("nextEligible")).getText());
            assertEquals(3, browser.findElements(By.cssSelector("#history li.injection")).size());
        } finally {
            browser.quit();
        }
    }
}
