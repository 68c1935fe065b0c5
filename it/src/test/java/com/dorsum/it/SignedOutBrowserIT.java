package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is left of a session in the browser and in a URL (issue 10, findings 4 and 5): after sign-out the Back
 * button shows no patient data (pages are never stored), and a session id pasted into a URL opens nothing.
 */
class SignedOutBrowserIT extends ClinicDeployment {

    private static final String ANNA = "Achterberg";

    @Test
    void backAfterSignOutShowsNoPatientData() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = Browser.signIn(browser, "clinician");
            browser.get(TestEnvironment.baseUrl() + "staff/patient.xhtml?id=" + anna);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertTrue(browser.getPageSource().contains(ANNA), "the patient page shows the patient");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("session:logout"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
            browser.navigate().back();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
            Thread.sleep(1_000);
            assertFalse(browser.getPageSource().contains(ANNA), "Back shows the patient after sign-out: "
                    + browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
    }

    @Test
    void sessionIdInTheUrlIsNotHonoured() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Browser.signIn(browser, "clinician");
            String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> pasted = ServerHardeningIT.get(TestEnvironment.baseUrl()
                    + "staff/patient.xhtml;jsessionid=" + session + "?id=" + anna);
            assertFalse(pasted.statusCode() == 200 && pasted.body().contains(ANNA),
                    "the session in the URL opened the patient page");
            HttpResponse<String> api = ServerHardeningIT.get(TestEnvironment.baseUrl()
                    + "api/v1/patients/" + anna + ";jsessionid=" + session);
            assertFalse(api.body().contains(ANNA), "the session in the URL opened the API");
        } finally {
            browser.quit();
        }
    }
}
