package com.dorsum.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A clinician's day with a suspected rheumatoid arthritis: refer the patient to rheumatology to rule it out, order
 * the blood test, receive its result with the lab's PDF, and review it from the worklist, which then empties.
 */
class ReferralsBrowserIT extends ClinicDeployment {

    /** Dr. Adler cares for Anna (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(ReferralsIT.patientOf("patient.anna"));
    }

    @Test
    void clinicianRefersToRheumatologyOrdersBloodTestUploadsResultAndReviewsIt() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Path labReport = Files.createTempFile("rheumatoid-factor", ".pdf");
        Files.write(labReport, OrdersIT.PDF);
        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            WebDriverWait wait = Browser.signIn(browser, "clinician");

            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + anna);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs:referralsTab']"))).click();
            Browser.choose(browser, wait, "tabs:refer:specialty", "Rheumatology");
            browser.findElement(By.xpath("//div[@id='tabs:refer:ruleOuts']//label[text()='Rheumatoid arthritis']"))
                    .click();
            browser.findElement(By.id("tabs:refer:reason")).sendKeys("Symmetric swelling of the finger joints");
            browser.findElement(By.id("tabs:refer:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:referrals:list"),
                    "Rule out: Rheumatoid arthritis"));

            browser.findElement(By.cssSelector("a[href='#tabs:ordersTab']")).click();
            Browser.choose(browser, wait, "tabs:order:kind", "Blood test for rheumatoid arthritis");
            browser.findElement(By.id("tabs:order:reason")).sendKeys("rule out rheumatoid arthritis");
            browser.findElement(By.id("tabs:order:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:orders:list"), "ORDERED"));

            browser.findElement(By.cssSelector("#tabs\\:orders\\:list .enter-result")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:result:report")))
                    .sendKeys("Rheumatoid factor 80 IU/ml, anti-CCP positive");
            browser.findElement(By.cssSelector("#tabs\\:result\\:abnormal .ui-chkbox-box")).click();
            browser.findElement(By.id("tabs:result:file_input")).sendKeys(labReport.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:result:attached"),
                    labReport.getFileName().toString()));
            browser.findElement(By.id("tabs:result:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:orders:list"), "RESULT_RECEIVED"));

            browser.get(TestEnvironment.baseUrl() + "clinical/results.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:results"),
                    "Blood test for rheumatoid arthritis"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:results"), "ABNORMAL"));
            browser.findElement(By.cssSelector("#worklist\\:results .review")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklist:results"),
                    "No results wait for your review."));
        } finally {
            browser.quit();
            Files.deleteIfExists(labReport);
        }
        assertEquals(1, TestDatabase.count("select count(*) from referral where patient_id = ?"
                + " and specialty = 'RHEUMATOLOGY' and rule_outs = 'RHEUMATOID_ARTHRITIS'", anna));
        assertEquals(1, TestDatabase.count("select count(*) from diagnostic_order where patient_id = ?"
                + " and kind = 'BLOOD_RA' and status = 'REVIEWED' and abnormal = true", anna));
        assertEquals(1, TestDatabase.count("select count(*) from result_file where patient_id = ?"
                + " and content_type = 'application/pdf'", anna));
    }
}
