package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen opens for the role it is made for, without an error page, and a screen of another role is refused:
 * a guard against a page that breaks when capabilities are merged.
 */
class PagesOpenBrowserIT extends ClinicDeployment {

    private static final List<String> ERROR_TITLES = List.of("Something went wrong", "Not found", "Not allowed");

    @Test
    void everyScreenOpensForItsRoleAndIsRefusedToAPatient() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        List<String> broken = new ArrayList<>();
        broken.addAll(open("frontdesk", "staff/patients.xhtml", "staff/providers.xhtml", "staff/calendar.xhtml",
                "staff/today.xhtml", "staff/waitlist.xhtml", "staff/visit-requests.xhtml", "staff/course-new.xhtml",
                "staff/patient.xhtml?id=" + anna));
        broken.addAll(open("clinician", "clinical/diaries.xhtml", "clinical/injections.xhtml",
                "clinical/injection-follow-ups.xhtml", "clinical/injection-complications.xhtml",
                "clinical/referrals.xhtml", "clinical/results.xhtml", "staff/patient.xhtml?id=" + anna));
        broken.addAll(open("admin", "admin/audit.xhtml", "admin/specialists.xhtml", "staff/providers.xhtml"));
        broken.addAll(open("patient.anna", "portal/home.xhtml", "portal/plan.xhtml", "portal/appointments.xhtml",
                "portal/diary.xhtml", "portal/injections.xhtml", "portal/referrals.xhtml"));
        assertEquals(List.of(), broken, "screens that did not open");
    }

    @Test
    void aPatientIsRefusedTheStaffScreens() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = Browser.signIn(browser, "patient.ben");
            browser.get(TestEnvironment.baseUrl() + "staff/patients.xhtml");
            wait.until(ExpectedConditions.titleContains("Not allowed"));
            browser.get(TestEnvironment.baseUrl() + "clinical/injections.xhtml");
            wait.until(ExpectedConditions.titleContains("Not allowed"));
            assertTrue(browser.findElement(By.tagName("body")).getText().length() < 1_000,
                    "the refusal page shows no clinic data");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aScreenOpenedByARoleItIsNotForAnswersNotAllowed() throws Exception {
        List<String> wrong = new ArrayList<>();
        wrong.addAll(refused("clinician", "staff/visit-requests.xhtml"));
        wrong.addAll(refused("admin", "staff/waitlist.xhtml", "staff/visit-requests.xhtml"));
        assertEquals(List.of(), wrong, "screens that did not answer 'Not allowed'");
    }

    @Test
    void aMalformedIdInTheAddressShowsNotFoundNotAConverterMessage() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = Browser.signIn(browser, "frontdesk");
            for (String page : List.of("staff/patient.xhtml?id=abc", "staff/course.xhtml?id=abc",
                    "staff/course-new.xhtml?patientId=abc", "staff/patient.xhtml?id=99999999")) {
                browser.get(TestEnvironment.baseUrl() + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                String text = browser.findElement(By.tagName("body")).getText();
                assertTrue(browser.findElement(By.tagName("h1")).getText().toLowerCase().contains("not found"),
                        page + ": " + text);
                assertFalse(text.contains("must be a number") || text.contains("Conversion"), page + ": " + text);
            }
        } finally {
            browser.quit();
        }
    }

    /** Signs in as the user and opens each page; returns those that showed an error page or no heading. */
    private static List<String> open(String username, String... pages) throws Exception {
        return visit(username, title -> ERROR_TITLES.stream().anyMatch(title::contains), pages);
    }

    /** Signs in as the user and opens each page; returns those that did not answer with the refusal page. */
    private static List<String> refused(String username, String... pages) throws Exception {
        return visit(username, title -> !title.contains("Not allowed"), pages);
    }

    private static List<String> visit(String username, java.util.function.Predicate<String> wrong, String... pages)
            throws Exception {
        List<String> broken = new ArrayList<>();
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = Browser.signIn(browser, username);
            for (String page : pages) {
                browser.get(TestEnvironment.baseUrl() + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                String title = browser.getTitle();
                if (wrong.test(title)) {
                    broken.add(username + " " + page + ": " + title);
                }
            }
        } finally {
            browser.quit();
        }
        return broken;
    }
}
