package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail proves itself (R22): verification is green on a normal run and names the first record that was
 * changed, removed or inserted through a privileged database connection. ADMIN finds records by MRN; a patient
 * sees who opened their record (R23).
 */
class AuditChainIT extends ClinicDeployment {

    @Test
    void verificationIsIntactAfterAnOrdinaryDay() {
        viewAnna("frontdesk");
        viewAnna("clinician");
        JsonObject verification = verification();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertTrue(verification.getJsonNumber("records").longValue() > 0);
    }

    @Test
    void anEditedRecordIsNamedAsChanged() throws Exception {
        long record = viewAnna("frontdesk");
        assertTrue(verification().getBoolean("intact"));
        TestDatabase.update("update audit_record set username = 'someone.else' where id = ?", record);
        assertBrokenAt(record, "CHANGED");
    }

    @Test
    void aRemovedRecordIsNamedAsRemoved() throws Exception {
        long record = viewAnna("frontdesk");
        viewAnna("clinician");
        assertTrue(verification().getBoolean("intact"));
        TestDatabase.update("delete from audit_record where id = ?", record);
        assertBrokenAt(record, "REMOVED");
    }

    @Test
    void aRecordInsertedOutsideTheApplicationIsNamedAsInserted() throws Exception {
        viewAnna("frontdesk");
        TestDatabase.update("insert into audit_record (occurred_at, username, role, action, patient_id, outcome,"
                + " record_key, mac) values (now(6), 'frontdesk', 'FRONT_DESK', 'PATIENT_VIEWED', ?, 'SUCCESS',"
                + " uuid(), repeat('a', 64))", annaId());
        long inserted = TestDatabase.count("select max(id) from audit_record");
        assertBrokenAt(inserted, "INSERTED");
    }

    @Test
    void adminFindsRecordsByMrnWithRoleAndPatientNamed() {
        String mrn = annaMrn();
        viewAnna("clinician");
        Api.Reply reply = Api.as("admin").get("audit?mrn=" + mrn + "&action=PATIENT_VIEWED");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject first = reply.json().getJsonArray("items").getJsonObject(0);
        assertEquals("clinician", first.getString("user"));
        assertEquals("CLINICIAN", first.getString("role"));
        assertFalse(first.getString("clientAddress").isBlank(), first.toString());
        assertEquals(mrn, first.getString("mrn"));
        assertEquals("Anna Achterberg", first.getString("patientName"));
    }

    @Test
    void onlyAdminVerifiesTheChain() {
        assertEquals(403, Api.as("clinician").get("audit/verification").status());
        assertEquals(403, Api.as("frontdesk").get("audit").status());
    }

    @Test
    void patientSeesWhoOpenedTheirRecordButNotThemselves() {
        viewAnna("frontdesk");
        viewAnna("patient.anna");
        Api.Reply reply = Api.as("patient.anna").get("me/access-log");
        assertEquals(200, reply.status(), reply.toString());
        var items = reply.json().getJsonArray("items");
        assertTrue(items.stream().map(JsonObject.class::cast)
                .anyMatch(i -> i.getString("who").equals("frontdesk") && i.getString("role").equals("FRONT_DESK")
                        && i.getString("kind").equals("VIEWED")), items.toString());
        assertFalse(items.stream().map(JsonObject.class::cast)
                .anyMatch(i -> i.getString("who").equals("patient.anna")), items.toString());
    }

    /** Opens Anna's record as this user; the id of the audit record it left. */
    private static long viewAnna(String user) {
        Api.Reply reply = Api.as(user).get("patients/" + annaId());
        assertEquals(200, reply.status(), reply.toString());
        try {
            return TestDatabase.count("select max(id) from audit_record where username = ?"
                    + " and action = 'PATIENT_VIEWED'", user);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long annaId() {
        try {
            return TestDatabase.count("select patient_id from user_account where username = 'patient.anna'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String annaMrn() {
        return Api.as("frontdesk").get("patients/" + annaId()).json().getString("mrn");
    }

    private static JsonObject verification() {
        Api.Reply reply = Api.as("admin").get("audit/verification");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static void assertBrokenAt(long record, String problem) {
        JsonObject verification = verification();
        assertFalse(verification.getBoolean("intact"), verification.toString());
        JsonObject broken = verification.getJsonObject("firstBroken");
        assertEquals(record, broken.getJsonNumber("id").longValue(), verification.toString());
        assertEquals(problem, broken.getString("problem"), verification.toString());
    }
}
