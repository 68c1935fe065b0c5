package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The API binds JSON strictly (issue 10, finding 6): a number out of range, a fraction for a whole number, a number
 * too large for any type, a string for a number or a boolean, an array for a single value, and control characters
 * in text are refused as 400 VALIDATION naming the field, and nothing is stored. Tab and line breaks are text only
 * in multi-line fields (notes, reasons).
 */
class StrictInputIT extends ClinicDeployment {

    private static final String ANNA = "patient.anna";

    private static String diary(String pain) {
        return "{\"date\":\"" + LocalDate.now(PortalIT.CLINIC) + "\",\"pain\":" + pain + "}";
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        JsonObject problem = reply.json();
        assertEquals("VALIDATION", problem.getString("code"), reply.toString());
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), reply.toString());
    }

    private static long diaryEntries() throws Exception {
        return TestDatabase.count("select count(*) from diary_entry");
    }

    @Test
    void painOutOfIntegerRangeIsRefusedNotWrappedAround() throws Exception {
        long before = diaryEntries();
        assertRefused(Api.as(ANNA).post("me/diary", diary("4294967302")), "pain");
        assertEquals(before, diaryEntries());
    }

    @Test
    void fractionForAWholeNumberIsRefusedNotTruncated() throws Exception {
        long before = diaryEntries();
        assertRefused(Api.as(ANNA).post("me/diary", diary("9.99")), "pain");
        assertRefused(Api.as(ANNA).post("me/diary", diary("5.0e-1")), "pain");
        assertEquals(before, diaryEntries());
    }

    @Test
    void numberBeyondEveryRangeIsRefusedNotReadAsZero() throws Exception {
        long before = diaryEntries();
        assertRefused(Api.as(ANNA).post("me/diary", diary("1e400")), "pain");
        assertRefused(Api.as(ANNA).post("me/diary", "{\"date\":\"" + LocalDate.now(PortalIT.CLINIC)
                + "\",\"pain\":3,\"sleepHours\":1e400}"), "sleepHours");
        assertEquals(before, diaryEntries());
    }

    @Test
    void stringOrArrayForANumberIsRefused() throws Exception {
        long before = diaryEntries();
        assertRefused(Api.as(ANNA).post("me/diary", diary("\"5\"")), "pain");
        assertRefused(Api.as(ANNA).post("me/diary", diary("[3]")), "pain");
        assertRefused(Api.as(ANNA).post("me/diary", diary("{\"value\":3}")), "pain");
        assertEquals(before, diaryEntries());
    }

    @Test
    void fractionalPatientIdDoesNotTargetAnotherPatient() throws Exception {
        long before = TestDatabase.count("select count(*) from appointment");
        Api.Reply reply = Api.as("frontdesk").post("appointments", "{\"patientId\":1.5,\"providerId\":"
                + AppointmentsIT.providerNamed("Jakob Berger") + ",\"kind\":\"PHYSIOTHERAPY\",\"start\":\""
                + AppointmentsIT.nextMondayAt(9) + "\"}");
        assertRefused(reply, "patientId");
        assertEquals(before, TestDatabase.count("select count(*) from appointment"));
    }

    @Test
    void booleanGivenAsAWordIsRefusedNotReadAsFalse() throws Exception {
        long before = TestDatabase.count("select count(*) from external_specialist");
        Api.Reply reply = Api.as("admin").post("specialists", """
                {"name":"Dr. Maybe","specialty":"RHEUMATOLOGY","active":"maybe"}""");
        assertRefused(reply, "active");
        assertEquals(before, TestDatabase.count("select count(*) from external_specialist"));
    }

    @Test
    void nulAndOtherControlCharactersInTextAreRefused() throws Exception {
        long patients = TestDatabase.count("select count(*) from patient");
        Api.Reply nul = Api.as("frontdesk").post("patients", """
                {"givenName":"Gre\\u0000ta","familyName":"Nul-Test","birthDate":"1979-04-12","sex":"FEMALE"}""");
        assertRefused(nul, "givenName");
        Api.Reply lineBreak = Api.as("frontdesk").post("patients", """
                {"givenName":"Greta","familyName":"Line\\nBreak","birthDate":"1979-04-12","sex":"FEMALE"}""");
        assertRefused(lineBreak, "familyName");
        assertEquals(patients, TestDatabase.count("select count(*) from patient"));

        long entries = diaryEntries();
        assertRefused(Api.as(ANNA).post("me/diary", "{\"date\":\"" + LocalDate.now(PortalIT.CLINIC)
                + "\",\"pain\":3,\"notes\":\"bell \\u0007 here\"}"), "notes");
        assertEquals(entries, diaryEntries());
    }

    @Test
    void multiLineNotesKeepTheirLineBreaksAndTabs() throws Exception {
        Api.Reply reply = Api.as(ANNA).post("me/diary", "{\"date\":\"" + LocalDate.now(PortalIT.CLINIC)
                + "\",\"pain\":3,\"notes\":\"woke up stiff\\n\\tbetter after a walk\"}");
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("woke up stiff\n\tbetter after a walk", reply.json().getString("notes"));
    }

    @Test
    void unknownEnumValueIsRefusedNamingTheField() throws Exception {
        long patients = TestDatabase.count("select count(*) from patient");
        assertRefused(Api.as("frontdesk").post("patients", """
                {"givenName":"Greta","familyName":"Enum-Test","birthDate":"1979-04-12","sex":"SOMETIMES"}"""), "sex");
        assertEquals(patients, TestDatabase.count("select count(*) from patient"));
    }
}
