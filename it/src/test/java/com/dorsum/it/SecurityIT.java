package com.dorsum.it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The role and ownership checks of the REST API, seen from outside, and the audit of refusals. */
class SecurityIT extends ClinicDeployment {

    @Test
    void requestWithoutCredentialsIsUnauthorized() {
        Api.Reply reply = Api.anonymous().get("patients");
        assertEquals(401, reply.status(), reply.toString());
        assertEquals("UNAUTHORIZED", reply.json().getString("code"));
        assertNotNull(reply.header("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        assertEquals(401, Api.as("frontdesk", "not-the-password").get("patients").status());
    }

    @Test
    void patientCannotUseTheStaffPatientSearchAndTheRefusalIsAudited() throws Exception {
        long before = TestDatabase.count("select count(*) from audit_record where username = 'patient.anna'"
                + " and outcome = 'REFUSED'");
        Api.Reply reply = Api.as("patient.anna").get("patients?q=a");
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("FORBIDDEN", reply.json().getString("code"));
        assertEquals(before + 1, TestDatabase.count("select count(*) from audit_record"
                + " where username = 'patient.anna' and outcome = 'REFUSED'"));
    }

    @Test
    void patientReadingAnotherPatientsRecordGetsNotFoundAndTheAttemptIsAudited() throws Exception {
        long ben = TestDatabase.count("select patient_id from user_account where username = 'patient.ben'");
        Api.Reply reply = Api.as("patient.anna").get("patients/" + ben);
        assertEquals(404, reply.status(), reply.toString());
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'patient.anna'"
                + " and patient_id = ? and outcome = 'REFUSED' and action = 'PATIENT_VIEWED'", ben));
    }

    @Test
    void patientReadsTheirOwnRecordAndTheReadIsAudited() throws Exception {
        long anna = TestDatabase.count("select patient_id from user_account where username = 'patient.anna'");
        Api.Reply reply = Api.as("patient.anna").get("patients/" + anna);
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("Anna", reply.json().getString("givenName"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'patient.anna'"
                + " and patient_id = ? and outcome = 'SUCCESS' and action = 'PATIENT_VIEWED'", anna));
    }

    @Test
    void clinicianCannotRegisterPatients() {
        Api.Reply reply = Api.as("clinician").post("patients", PatientsIT.VALID_PATIENT);
        assertEquals(403, reply.status(), reply.toString());
    }

    @Test
    void healthReportsDatabaseAndSchemaUp() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestEnvironment.baseUrl() + "health/ready")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    void liveApiDescriptionIsPublishedUnderTheApplication() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestEnvironment.baseUrl() + "openapi")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/patients"), response.body());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestEnvironment.baseUrl() + "login.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }
}
