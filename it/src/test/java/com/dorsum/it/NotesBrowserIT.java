package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A physiotherapist writes the note of today's visit from the patient's Notes tab: every pause saves the draft,
 * a reload brings it back, then she signs it (it no longer changes) and corrects it with an addendum.
 */
class NotesBrowserIT extends ClinicDeployment {

    private static boolean exercisesSaved(long visit) {
        try {
            return TestDatabase.count("select count(*) from visit_note_field f join visit_note n on n.id = f.note_id"
                    + " where n.appointment_id = ? and f.field_value = 'EXERCISES'", visit) == 1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void clinicianWritesAutosavesReloadsSignsAndAmendsANote() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long visit = NoteTestData.physiotherapyDone(anna, 2);
        ChromeDriver browser = Browser.start(1400, 1000);
        try {
            WebDriverWait wait = Browser.signIn(browser, "physio");
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + anna);
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Notes"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.write-note"))).click();

            WebElement subjective = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note:subjective")));
            subjective.sendKeys("Stiff between the shoulder blades after desk work");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note:saved"), "Draft saved at"));
            browser.findElement(By.xpath("//label[text()='Exercises']")).click();
            wait.until(d -> exercisesSaved(visit));

            browser.navigate().refresh();
            subjective = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note:subjective")));
            assertEquals("Stiff between the shoulder blades after desk work", subjective.getAttribute("value"),
                    "the autosaved draft survives a reload");
            browser.findElement(By.id("note:assessment")).sendKeys("Improving");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note:saved"), "Draft saved at"));
            Screenshots.save(browser, "note-editor-1400");

            browser.findElement(By.id("note:sign")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("note:confirmSign"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Signed"));
            assertEquals("Improving", browser.findElement(By.id("roAssessment")).getText());
            assertTrue(browser.findElements(By.id("note:subjective")).isEmpty(), "a signed note has no editor");

            browser.findElement(By.id("addendum:reason")).sendKeys("Wrong side");
            browser.findElement(By.id("addendum:text")).sendKeys("The pain is on the left");
            browser.findElement(By.id("addendum:add")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addenda"), "Wrong side"));
            Screenshots.save(browser, "note-signed-1400");
            Screenshots.asPhone(browser);
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addenda"), "The pain is on the left"));
            Screenshots.save(browser, "note-signed-390");

            Screenshots.asDesktop(browser);
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + anna);
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Notes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.note.signed"),
                    "Wrong side"));
            Screenshots.save(browser, "notes-tab-1400");
        } finally {
            browser.quit();
        }
        assertEquals(1, TestDatabase.count("select count(*) from visit_note where appointment_id = ?"
                + " and status = 'SIGNED' and assessment = 'Improving'", visit));
        assertEquals(1, TestDatabase.count("select count(*) from visit_note_addendum a join visit_note n"
                + " on n.id = a.note_id where n.appointment_id = ? and a.reason = 'Wrong side'", visit));
    }
}
