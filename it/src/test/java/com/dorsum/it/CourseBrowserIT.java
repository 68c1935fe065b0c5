package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import static com.dorsum.it.AppointmentsIT.patient;
import static com.dorsum.it.AppointmentsIT.providerNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The front desk books a physiotherapy course of 2 sessions a week for 6 weeks from the patient's page through the
 * course wizard (preview, then confirm), sees its 12 sessions on the course page, and finds them in the
 * provider's calendar, week by week.
 */
class CourseBrowserIT extends ClinicDeployment {

    @Test
    void frontDeskBooksTwoPerWeekSixWeekPhysiotherapyCourseAndSeesTwelveSessionsInTheCalendar() throws Exception {
        long patientId = patient(30);
        String familyName = familyName(patientId);
        long berger = providerNamed("Jakob Berger");
        ChromeDriver browser = Browser.start(1400, 1100);
        try {
            WebDriverWait wait = Browser.signIn(browser, "frontdesk");
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + patientId);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:coursesTab']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:courses:newCourse"))).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:provider")));
            assertEquals("2", browser.findElement(By.id("wizard:perWeek_input")).getAttribute("value"));
            assertEquals("6", browser.findElement(By.id("wizard:weeks_input")).getAttribute("value"));
            browser.findElement(By.id("wizard:preview")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:confirm")));
            List<WebElement> proposed = browser.findElements(By.cssSelector("#wizard\\:sessions_data tr"));
            assertEquals(12, proposed.size());
            LocalDate firstDay = LocalDate.parse(proposed.get(0).findElement(By.cssSelector(".when")).getText()
                    .split(" ")[1]);
            browser.findElement(By.id("wizard:confirm")).click();

            wait.until(ExpectedConditions.urlContains("/staff/course.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("course:counts"), "12 upcoming"));
            assertEquals(12, browser.findElements(By.cssSelector("#course\\:sessions_data tr.session")).size());

            // "Any provider" gives the course to the first physiotherapist who fits it whole (names in order).
            browser.get(TestEnvironment.baseUrl() + "staff/calendar.xhtml?providerId=" + berger + "&date=" + firstDay);
            long seen = 0;
            for (int week = 0; week < 6; week++) {
                if (week > 0) {
                    browser.findElement(By.cssSelector("#calendar\\:schedule .fc-next-button")).click();
                }
                seen += wait.until(driver -> {
                    long shown = driver.findElements(By.cssSelector("#calendar\\:schedule .fc-event")).stream()
                            .filter(e -> e.getText().contains(familyName)).count();
                    return shown == 2 ? shown : null;
                });
            }
            assertEquals(12, seen);
        } finally {
            browser.quit();
        }
        assertEquals(12, TestDatabase.count("select count(*) from appointment where patient_id = ?"
                + " and course_id is not null and provider_id = ?", patientId, berger));
    }

    @Test
    void frontDeskPutsAPatientOnTheWaitlistAndSeesThemThereAndOpensTheDayList() throws Exception {
        long patientId = patient(31);
        String familyName = familyName(patientId);
        ChromeDriver browser = Browser.start(1400, 1100);
        try {
            WebDriverWait wait = Browser.signIn(browser, "frontdesk");
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + patientId);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:coursesTab']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:waitlist:note"))).sendKeys("any morning");
            browser.findElement(By.id("tabs:waitlist:join")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "On the waitlist"));

            browser.get(TestEnvironment.baseUrl() + "staff/waitlist.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waitlist:entries"), familyName));
            browser.get(TestEnvironment.baseUrl() + "staff/today.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("day:visits"), "No visits on this day."));
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from waitlist_entry where patient_id = ?"
                + " and status = 'WAITING' and note = 'any morning'", patientId));
    }

    private static String familyName(long patientId) throws Exception {
        try (var c = TestDatabase.connect(); var s = c.prepareStatement("select family_name from patient where id = ?")) {
            s.setLong(1, patientId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
