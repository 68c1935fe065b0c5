package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient page through the front desk's eyes (R19, R21): the Injections and Orders tabs show dates, statuses
 * and counts but no relief, complication or result text; the Care team tab adds a clinician. A clinician outside
 * the team sees the break-glass panel instead of the clinical tabs (R20).
 */
class CareTeamBrowserIT extends ClinicDeployment {

    private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "care-team-shots");

    private static void shoot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void openTab(ChromeDriver browser, WebDriverWait wait, String tab) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:" + tab + "']"))).click();
    }

    @Test
    void frontDeskSeesNoClinicalContentOnThePatientPageAndAddsAClinicianToTheCareTeam() throws Exception {
        long patient = InjectionTestData.patient(44);
        CareTeamTestData.join(patient, "clinician");
        long adler = InjectionTestData.provider(InjectionTestData.ADLER);
        LocalDate day = InjectionTestData.weekdayOnOrBefore(LocalDate.now().minusDays(10));
        long injection = InjectionTestData.performed(patient, InjectionTestData.at(day, 9), adler);
        Api clinician = Api.as("clinician");
        assertEquals(200, clinician.post("patients/" + patient + "/injections/" + injection + "/follow-up",
                "{\"checkedOn\":\"" + day.plusDays(4) + "\",\"relief\":\"GOOD\",\"painScore\":2}").status());
        assertEquals(201, clinician.post("patients/" + patient + "/injections/" + injection + "/complications",
                "{\"kind\":\"BLEEDING\",\"noticedOn\":\"" + day + "\",\"severity\":\"MILD\"}").status());
        long order = clinician.post("patients/" + patient + "/orders",
                "{\"kind\":\"BLOOD_RA\",\"reason\":\"rule out rheumatoid arthritis\"}").json()
                .getJsonNumber("id").longValue();
        assertEquals(200, clinician.postMultipart("patients/" + patient + "/orders/" + order + "/result",
                Map.of("report", "Rheumatoid factor 80 IU/ml", "abnormal", "true"), "lab.pdf", "application/pdf",
                OrdersIT.PDF).status());

        for (int[] size : new int[][] {{1400, 1000}, {390, 844}}) {
            ChromeDriver browser = Browser.start(size[0], size[1]);
            try {
                WebDriverWait wait = Browser.signIn(browser, "frontdesk");
                browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + patient);
                openTab(browser, wait, "injectionsTab");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:injections:list"),
                        "PERFORMED"));
                String injections = browser.findElement(By.id("tabs:injections:list")).getText()
                        + browser.getPageSource();
                assertFalse(injections.contains("Good relief"), "no relief for the front desk");
                assertFalse(injections.contains("Bleeding"), "no complication for the front desk");
                assertFalse(injections.contains("Methylprednisolone"), "no procedure record for the front desk");
                shoot(browser, "frontdesk-injections-" + size[0]);

                openTab(browser, wait, "ordersTab");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:orders:list"),
                        "RESULT_RECEIVED"));
                String orders = browser.findElement(By.id("tabs:orders:list")).getText();
                assertFalse(orders.contains("Rheumatoid factor 80"), "no result text: " + orders);
                assertFalse(orders.contains("rule out rheumatoid arthritis"), "no order reason: " + orders);
                assertFalse(orders.contains("lab.pdf"), "no result file: " + orders);

                openTab(browser, wait, "careTeamTab");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:careTeam:members"),
                        InjectionTestData.ADLER));
                if (size[0] == 1400) {
                    Browser.choose(browser, wait, "tabs:careTeam:clinician", "Jakob Berger (Physiotherapist)");
                    Browser.choose(browser, wait, "tabs:careTeam:role", "CONSULTING");
                    browser.findElement(By.id("tabs:careTeam:add")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:careTeam:members"),
                            "Jakob Berger"));
                }
                shoot(browser, "frontdesk-care-team-" + size[0]);
            } finally {
                browser.quit();
            }
        }
        assertEquals(1, TestDatabase.count("select count(*) from care_team_member m join user_account u"
                + " on u.provider_id = m.provider_id where u.username = 'physio' and m.patient_id = ?"
                + " and m.role = 'CONSULTING' and m.ended_at is null", patient));
        assertEquals(200, Api.as("physio").get("diaries/" + patient).status());
    }

    @Test
    void clinicianOutsideTheTeamSeesTheBreakGlassPanelInsteadOfTheClinicalTabs() throws Exception {
        long patient = InjectionTestData.patient(45);
        // The phone first: once break-glass is opened (on the wide screen) the panel is gone, as it should be.
        for (int[] size : new int[][] {{390, 844}, {1400, 1000}}) {
            ChromeDriver browser = Browser.start(size[0], size[1]);
            try {
                WebDriverWait wait = Browser.signIn(browser, "physio");
                browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + patient);
                openTab(browser, wait, "notInCareTab");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notInCare"),
                        "You are not on this patient's care team"));
                assertTrue(browser.findElements(By.cssSelector("a[href='#tabs:diaryTab']")).isEmpty());
                assertTrue(browser.findElements(By.cssSelector("a[href='#tabs:planTab']")).isEmpty());
                shoot(browser, "physio-not-in-care-" + size[0]);
                if (size[0] == 1400) {
                    Browser.choose(browser, wait, "tabs:breakGlass:reason", "Emergency treatment");
                    browser.findElement(By.id("tabs:breakGlass:note")).sendKeys("Acute pain at the front desk");
                    browser.findElement(By.id("tabs:breakGlass:open")).click();
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:diaryTab']")));
                    shoot(browser, "physio-emergency-open-" + size[0]);
                }
            } finally {
                browser.quit();
            }
        }
        assertEquals(1, TestDatabase.count("select count(*) from emergency_access where username = 'physio'"
                + " and patient_id = ? and reason = 'EMERGENCY_TREATMENT'", patient));

        ChromeDriver browser = Browser.start(1400, 1000);
        try {
            WebDriverWait wait = Browser.signIn(browser, "admin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("navEmergencyReview"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:items"), "physio"));
            shoot(browser, "admin-emergency-review-1400");
            browser.findElement(By.cssSelector("#review\\:items .review")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewDialogForm:note")))
                    .sendKeys("Checked with the physio");
            browser.findElement(By.id("reviewDialogForm:confirmReview")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:items"),
                    "No emergency access waits for review."));
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from emergency_access where patient_id = ?"
                + " and reviewed_by = 'admin'", patient));
    }
}
