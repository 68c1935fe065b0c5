package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADMIN keeps the provider list: adds a provider, corrects their weekly hours, a typo is explained, not saved. */
class ProvidersBrowserIT extends ClinicDeployment {

    private static final By ZORA_ROW = By.xpath("//tbody[@id='providers:list_data']/tr[td[contains(., 'Zora Zeller')]]");

    @Test
    void adminAddsAProviderAndChangesTheirWeeklyHours() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = Browser.signIn(browser, "admin");
            browser.get(TestEnvironment.baseUrl() + "staff/providers.xhtml");

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("providers:name"))).sendKeys("Zora Zeller");
            browser.findElement(By.id("providers:add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(ZORA_ROW));

            browser.findElement(ZORA_ROW).findElement(By.cssSelector("button[id$=':edit']")).click();
            WebElement hours = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:editedHours")));
            hours.clear();
            hours.sendKeys("Mon 08:00-12:00, Tue 9");
            browser.findElement(By.id("editForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:editMessages"), "Tue 9"));
            assertTrue(browser.findElement(By.id("editDialog")).isDisplayed(), "the dialog stays open with the typo");

            hours = browser.findElement(By.id("editForm:editedHours"));
            hours.clear();
            hours.sendKeys("Mon 08:00-12:00, Tue 13:00-18:00");
            browser.findElement(By.id("editForm:save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(ZORA_ROW, "Tue 13:00-18:00"));
            assertEquals(2, TestDatabase.count("select count(*) from provider_working_hours h join provider p"
                    + " on p.id = h.provider_id where p.name = ?", "Zora Zeller"));
        } finally {
            browser.quit();
        }
    }
}
