package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registering and finding patients through the REST API. */
class PatientsIT extends ClinicDeployment {

    static final String VALID_PATIENT = """
            {"givenName":"Greta","familyName":"Lindqvist-Test","birthDate":"1979-04-12","sex":"FEMALE",
             "phone":"+49 30 1234567","email":"greta@example.org"}""";

    @Test
    void frontDeskRegistersAPatientWhoIsThenFoundByMrnAndName() {
        Api frontDesk = Api.as("frontdesk");
        Api.Reply created = frontDesk.post("patients", VALID_PATIENT);
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.header("Location"));
        String mrn = created.json().getString("mrn");
        assertTrue(mrn.matches("MRN\\d{7}"), mrn);

        JsonObject byMrn = frontDesk.get("patients?q=" + mrn).json();
        assertEquals(1, byMrn.getInt("total"));
        assertEquals("Lindqvist-Test", byMrn.getJsonArray("items").getJsonObject(0).getString("familyName"));
        assertEquals(1, frontDesk.get("patients?q=gre%20lindq").json().getInt("total"));
    }

    @Test
    void invalidPatientIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = TestDatabase.count("select count(*) from patient");
        Api.Reply reply = Api.as("frontdesk").post("patients", """
                {"givenName":" ","familyName":"X","birthDate":"2999-01-01","sex":"FEMALE",
                 "phone":"call me","email":"not-an-email"}""");
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("VALIDATION", reply.json().getString("code"));
        Set<String> fields = reply.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("givenName", "birthDate", "phone", "email"), fields);
        assertEquals(before, TestDatabase.count("select count(*) from patient"));
    }

    @Test
    void unreadableJsonIsABadRequestWithoutAStackTrace() {
        Api.Reply reply = Api.as("frontdesk").post("patients", "{\"birthDate\":\"yesterday\"");
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("VALIDATION", reply.json().getString("code"));
        assertTrue(!reply.toString().contains("Exception"), reply.toString());
    }

    @Test
    void secondPatientWithSameNameAndBirthDateIsRegisteredWithADuplicateWarning() {
        Api frontDesk = Api.as("frontdesk");
        String first = frontDesk.post("patients", VALID_PATIENT).json().getString("mrn");
        Api.Reply second = frontDesk.post("patients", VALID_PATIENT);
        assertEquals(201, second.status());
        assertEquals(first, second.json().getJsonArray("possibleDuplicates").getString(0));
    }

    @Test
    void registrationIsAudited() throws Exception {
        long id = Api.as("frontdesk").post("patients", VALID_PATIENT).json().getJsonNumber("id").longValue();
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'PATIENT_REGISTERED' and username = 'frontdesk'", id));
    }
}
