package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone, a patient with an injection coming up finds the Oswestry questionnaire due, answers it one section a
 * screen (skipping one), sends it and sees her score on the trend, an important improvement on her first score.
 */
class OutcomesBrowserIT extends ClinicDeployment {

    @Test
    void patientCompletesADueOdiOnAPhoneAndSeesTheTrend() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        LocalDate today = LocalDate.now(PortalIT.CLINIC);
        LocalDate day = InjectionTestData.weekdayOnOrAfter(today.plusDays(5));
        InjectionTestData.booked(Api.as("clinician"), anna, InjectionTestData.at(day, 10),
                InjectionTestData.provider(InjectionTestData.ADLER));
        assertEquals(201, Api.as("patient.anna").post("me/outcomes", OutcomesIT.odi(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)
                .replace("{\"instrument\"", "{\"date\":\"" + today.minusDays(21) + "\",\"instrument\"")).status());

        ChromeDriver browser = Browser.start(1400, 1000);
        Screenshots.asPhone(browser);
        try {
            WebDriverWait wait = Browser.signIn(browser, "patient.anna");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("toOutcomes"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("startODI")));
            assertTrue(Screenshots.fitsThePhone(browser), "the questionnaires page fits the phone");
            Screenshots.save(browser, "portal-outcomes-due-390");
            browser.findElement(By.id("startODI")).click();

            for (int section = 1; section <= 10; section++) {
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress"),
                        "Section " + section + " of 10"));
                if (section == 1) {
                    assertTrue(Screenshots.fitsThePhone(browser), "one section fits the phone");
                    Screenshots.save(browser, "portal-questionnaire-390");
                }
                if (section == 8) {
                    browser.findElement(By.id("q:skip")).click();
                    continue;
                }
                browser.findElement(By.xpath("//*[@id='q:answer']//label[starts-with(normalize-space(.), '2 - ')]"))
                        .click();
                browser.findElement(By.id("q:next")).click();
            }
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answeredCount"), "9 of 10"));
            browser.findElement(By.id("q:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "40%"));
            assertTrue(browser.findElement(By.id("result")).getText().contains("an important improvement"),
                    browser.findElement(By.id("result")).getText());
            Screenshots.save(browser, "portal-questionnaire-sent-390");

            browser.findElement(By.id("toTrend")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "section.trend[data-instrument='ODI'] circle.outcome-point.improved[data-score='40']")));
            assertTrue(browser.findElement(By.id("latestODI")).getText().contains("important improvement"));
            assertTrue(Screenshots.fitsThePhone(browser), "the trend fits the phone");
            Screenshots.save(browser, "portal-trend-390");
            Screenshots.asDesktop(browser);
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("circle.outcome-point.improved")));
            Screenshots.save(browser, "portal-trend-1400");
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from outcome_response r where r.patient_id = ?"
                + " and r.answered_on = ? and (select count(*) from outcome_answer a where a.response_id = r.id) = 9",
                anna, today));
    }
}
