package com.dorsum.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in as an attacker would try it (SECURITY.md, sign-in): an unknown name and a wrong password read the same
 * and take about as long; failures slow down the account and the client address, not forever, and an ADMIN can
 * end an account's delay; sign-in, failure, delay, unlock and sign-out are audited with the client address.
 */
class SignInIT extends ClinicDeployment {

    private static final String LOOPBACK = "(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1)";

    private static long millis(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void forgetDelays() throws Exception {
        TestDatabase.update("delete from sign_in_delay");
    }

    private static long failures(String kind, String subject) throws Exception {
        return TestDatabase.count("select coalesce(max(failures), 0) from sign_in_delay where kind = ? and subject = ?",
                kind, subject);
    }

    /** The failures counted against the tests' own address (loopback, as IPv4 or IPv6). */
    private static long addressFailures() throws Exception {
        return TestDatabase.count("select coalesce(max(failures), 0) from sign_in_delay where kind = 'ADDRESS'");
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswerInAboutTheSameTime() throws Exception {
        Api.Reply unknown = Api.as("nobody.here", "Wrong-Password-1").get("patients");
        Api.Reply wrong = Api.as("frontdesk", "Wrong-Password-1").get("patients");
        assertEquals(401, unknown.status(), unknown.toString());
        assertEquals(unknown.toString(), wrong.toString(), "the same status and body");
        assertEquals(unknown.header("WWW-Authenticate"), wrong.header("WWW-Authenticate"));

        List<Long> unknownTimes = new ArrayList<>();
        List<Long> wrongTimes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            forgetDelays();
            String guess = "Wrong-Password-" + i;
            String nobody = "nobody" + i;
            unknownTimes.add(millis(() -> assertEquals(401, Api.as(nobody, guess).get("patients").status())));
            wrongTimes.add(millis(() -> assertEquals(401, Api.as("frontdesk", guess).get("patients").status())));
        }
        long unknownMedian = median(unknownTimes);
        long wrongMedian = median(wrongTimes);
        System.out.printf("SignInIT: median of 10 sign-ins, unknown user %d ms, wrong password %d ms%n",
                unknownMedian, wrongMedian);
        double ratio = (double) Math.max(unknownMedian, wrongMedian) / Math.max(1, Math.min(unknownMedian, wrongMedian));
        assertTrue(ratio < 2, "medians " + unknownMedian + " ms and " + wrongMedian + " ms: ratio " + ratio);
        assertTrue(unknownMedian >= 10, "an unknown name does the password work too: " + unknownMedian + " ms");
    }

    @Test
    void manyFailuresFromOneAddressDelayEveryAccountTriedFromThere() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertEquals(401, Api.as("sprayed" + i, "Summer2026!").get("patients").status(), "failure " + (i + 1));
        }
        // From the 21st failure on each doubles the wait; go on to the 25th (16 s), past the delays before it.
        for (int i = 20; addressFailures() < 25; i++) {
            Api.Reply reply = Api.as("sprayed" + i, "Summer2026!").get("patients");
            if (reply.status() == 429) {
                Thread.sleep(Integer.parseInt(reply.header("Retry-After")) * 1000L);
            } else {
                assertEquals(401, reply.status(), reply.toString());
            }
        }
        Api.Reply delayed = Api.as("clinician").get("patients");
        assertEquals(429, delayed.status(), "even a right password waits: " + delayed);
        assertEquals("SIGN_IN_DELAYED", delayed.json().getString("code"));
        assertTrue(Integer.parseInt(delayed.header("Retry-After")) >= 1, delayed.header("Retry-After"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where action = 'SIGN_IN_DELAYED'"
                + " and username = 'clinician' and outcome = 'REFUSED'"));
    }

    @Test
    void anAccountIsDelayedAfterFiveFailuresEvenForTheRightPasswordUntilAnAdminUnlocksIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as("patient.ben", "Wrong-Password-" + i).get("me/plan").status());
        }
        // From the sixth failure on each doubles the wait; go on to the tenth (16 s), past the delays before it.
        while (failures("ACCOUNT", "patient.ben") < 10) {
            Api.Reply reply = Api.as("patient.ben", "Wrong-Password-x").get("me/plan");
            if (reply.status() == 429) {
                Thread.sleep(Integer.parseInt(reply.header("Retry-After")) * 1000L);
            } else {
                assertEquals(401, reply.status(), reply.toString());
            }
        }
        Api.Reply right = Api.as("patient.ben").get("me/plan");
        Api.Reply wrong = Api.as("patient.ben", "Wrong-Password-y").get("me/plan");
        assertEquals(429, right.status(), right.toString());
        assertEquals(right.json().getString("code"), wrong.json().getString("code"));
        assertEquals(right.status(), wrong.status(), "the right password reads like a wrong one");
        assertEquals(10, failures("ACCOUNT", "patient.ben"), "attempts during the delay do not count");

        Api.Reply notAdmin = Api.as("frontdesk").post("accounts/patient.ben/unlock", "");
        assertEquals(403, notAdmin.status(), notAdmin.toString());
        assertEquals(429, Api.as("patient.ben").get("me/plan").status(), "still delayed");
        assertEquals(404, Api.as("admin").post("accounts/no.such.user/unlock", "").status());
        Api.Reply unlocked = Api.as("admin").post("accounts/patient.ben/unlock", "");
        assertEquals(204, unlocked.status(), unlocked.toString());
        assertTrue(List.of(200, 404).contains(Api.as("patient.ben").get("me/plan").status()), "signed in again");
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where action = 'ACCOUNT_UNLOCKED'"
                + " and username = 'admin' and outcome = 'SUCCESS' and detail like 'patient.ben%'"
                + " and client_address is not null"));
        assertEquals(0, TestDatabase.count("select count(*) from audit_record where action = 'ACCOUNT_UNLOCKED'"
                + " and username = 'frontdesk'"));
    }

    @Test
    void signInFailureAndSignOutAreAuditedWithTheClientAddressNotAForgedOne() throws Exception {
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestEnvironment.baseUrl() + "api/v1/patients"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "frontdesk:Wrong-Password-9".getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());

        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            WebDriverWait wait = Browser.signIn(browser, "frontdesk");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("session:logout"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        } finally {
            browser.quit();
        }
        String failure = TestDatabase.text("select client_address from audit_record where action = 'SIGN_IN'"
                + " and outcome = 'REFUSED' and username = 'frontdesk' order by id desc limit 1");
        assertNotNull(failure, "failure audited");
        assertTrue(failure.matches(LOOPBACK), "the socket's address, not X-Forwarded-For: " + failure);
        String success = TestDatabase.text("select client_address from audit_record where action = 'SIGN_IN'"
                + " and outcome = 'SUCCESS' and username = 'frontdesk' order by id desc limit 1");
        assertNotNull(success, "sign-in audited");
        assertTrue(success.matches(LOOPBACK), success);
        String signOut = TestDatabase.text("select client_address from audit_record where action = 'SIGN_OUT'"
                + " and username = 'frontdesk' order by id desc limit 1");
        assertNotNull(signOut, "sign-out audited");
        assertTrue(signOut.matches(LOOPBACK), signOut);
    }
}
