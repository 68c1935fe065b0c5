package com.dorsum.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The staff's side of the portal: a clinician publishes a plan from the patient's Plan tab; the front desk opens a
 * portal account and the patient activates it on the first sign-in page, landing in the portal.
 */
class PortalStaffBrowserIT extends ClinicDeployment {

    /** Dr. Adler cares for Anna (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(ReferralsIT.patientOf("patient.anna"));
    }

    @Test
    void clinicianPublishesAPlanWithAPhysiotherapyCourseFromThePlanTab() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            WebDriverWait wait = Browser.signIn(browser, "clinician");
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + anna);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:planTab']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:plan:problem")))
                    .sendKeys("Upper back strain from desk work");
            browser.findElement(By.id("tabs:plan:addCourse")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:plan:courses"), "PHYSIOTHERAPY"));
            browser.findElement(By.id("tabs:plan:addHomeCare")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:plan:homeCare"), "Stretches"));
            browser.findElement(By.id("tabs:plan:publish")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:plan:history"),
                    "Physiotherapy: 2 sessions a week for 6 weeks (12 sessions)"));

            browser.get(TestEnvironment.baseUrl() + "clinical/diaries.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("diaries:patients"), "Anna"));
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from treatment_plan where patient_id = ?"
                + " and version_number = 1 and authored_by = 'clinician'", anna));
        assertEquals(1, TestDatabase.count("select count(*) from plan_course_item c join treatment_plan p"
                + " on p.id = c.plan_id where p.patient_id = ? and c.sessions = 12", anna));
    }

    @Test
    void frontDeskOpensAPortalAccountAndThePatientActivatesItOnTheFirstSignInPage() throws Exception {
        long clara = TestDatabase.count("select id from patient where given_name = 'Clara' order by id limit 1");
        ChromeDriver browser = Browser.start(1280, 1000);
        String code;
        try {
            WebDriverWait wait = Browser.signIn(browser, "frontdesk");
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + clara);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:portalTab']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:portalAccount:issue"))).click();
            code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activationCode"))).getText();
            String username = browser.findElement(By.id("issuedUsername")).getText();
            browser.get(TestEnvironment.baseUrl() + "staff/visit-requests.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests:waiting"),
                    "No requests wait."));
            browser.findElement(By.id("session:logout")).click();

            wait.until(ExpectedConditions.elementToBeClickable(By.id("firstSignIn"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activate:username"))).sendKeys(username);
            browser.findElement(By.id("activate:code")).sendKeys(code);
            browser.findElement(By.id("activate:password")).sendKeys("Rucksack-2931");
            browser.findElement(By.id("activate:repeated")).sendKeys("Rucksack-2931");
            browser.findElement(By.id("activate:save")).click();
            wait.until(ExpectedConditions.urlContains("/portal/home.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Hello, Clara"));
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from user_account where patient_id = ?"
                + " and activation_code_hash is null and password_hash is not null", clara));
    }
}
