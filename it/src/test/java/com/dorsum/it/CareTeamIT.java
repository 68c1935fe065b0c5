package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Access that follows care (R19, R20): a clinician reads clinical content only while on the patient's care team,
 * never puts themselves on it (not by booking, not by writing a plan, not by adding themselves), and outside it
 * opens the record only through break-glass access, which lasts 24 hours, is audited with the patient and waits on
 * ADMIN's review list.
 */
class CareTeamIT extends ClinicDeployment {

    private static final ZoneId CLINIC = ZoneId.of("Europe/Berlin");

    private static long patient(int n) throws Exception {
        return InjectionTestData.patient(n);
    }

    private static String visit(long patientId, String providerName, LocalDateTime start) throws Exception {
        return "{\"patientId\":" + patientId + ",\"providerId\":" + InjectionTestData.provider(providerName)
                + ",\"kind\":\"PHYSIOTHERAPY\",\"start\":\"" + start + "\"}";
    }

    private static void assertNotInCare(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("NOT_IN_CARE", reply.json().getString("code"));
        assertTrue(reply.json().getBoolean("emergencyAccess"), reply.toString());
    }

    private static long appointments(long patientId) throws Exception {
        return TestDatabase.count("select count(*) from appointment where patient_id = ?", patientId);
    }

    @Test
    void clinicianCannotBookForAPatientOutsideTheirCare() throws Exception {
        long patient = patient(30);
        Api.Reply booked = Api.as("physio").post("appointments",
                visit(patient, "Jakob Berger", PortalIT.inTwoWeeks(DayOfWeek.MONDAY, 10)));
        assertEquals(403, booked.status(), booked.toString());
        assertEquals("NOT_IN_CARE", booked.json().getString("code"));
        assertEquals(0, appointments(patient), "nothing booked");
        assertEquals(1, PortalIT.refusals("physio", patient, "APPOINTMENT_BOOKED"));
        Api.Reply injection = InjectionTestData.book(Api.as("clinician"), patient,
                InjectionTestData.at(InjectionTestData.weekdayOnOrAfter(LocalDate.now(CLINIC).plusDays(10)), 9),
                InjectionTestData.provider(InjectionTestData.ADLER));
        assertEquals(403, injection.status(), injection.toString());
        assertEquals(0, TestDatabase.count("select count(*) from injection where patient_id = ?", patient));
    }

    @Test
    void physioBookingAVisitWithThemselvesDoesNotOpenTheDiary() throws Exception {
        long patient = patient(31);
        Api physio = Api.as("physio");
        physio.post("appointments", visit(patient, "Jakob Berger", PortalIT.inTwoWeeks(DayOfWeek.TUESDAY, 10)));
        assertNotInCare(physio.get("diaries/" + patient));
        assertEquals(0, TestDatabase.count("select count(*) from care_team_member where patient_id = ?", patient));
    }

    @Test
    void writingAPlanForAPatientOutsideTheirCareIsRefusedAndGrantsNothing() throws Exception {
        long patient = patient(32);
        Api clinician = Api.as("clinician");
        Api.Reply plan = clinician.post("patients/" + patient + "/plans",
                "{\"problem\":\"Upper back strain\",\"goals\":\"Work without pain\"}");
        assertNotInCare(plan);
        assertEquals(0, TestDatabase.count("select count(*) from treatment_plan where patient_id = ?", patient));
        assertNotInCare(clinician.get("diaries/" + patient));
        assertNotInCare(clinician.get("patients/" + patient + "/plans/current"));
    }

    @Test
    void frontDeskBookingPutsTheClinicianOnTheTeamWhoThenReadsTheDiary() throws Exception {
        long patient = patient(33);
        Api.Reply booked = Api.as("frontdesk").post("appointments",
                visit(patient, "Jakob Berger", PortalIT.inTwoWeeks(DayOfWeek.WEDNESDAY, 10)));
        assertEquals(201, booked.status(), booked.toString());
        JsonObject team = Api.as("physio").get("patients/" + patient + "/care-team").json();
        assertEquals(1, team.getInt("total"), team.toString());
        JsonObject member = team.getJsonArray("items").getJsonObject(0);
        assertEquals("Jakob Berger", member.getString("clinician"));
        assertEquals("TREATING", member.getString("role"));
        assertTrue(member.getBoolean("active"));
        assertEquals(200, Api.as("physio").get("diaries/" + patient).status());
        // Then the physio books the next visits for a patient in their care, and adds no one by it.
        Api.Reply next = Api.as("physio").post("appointments",
                visit(patient, "Sofia Conrad", PortalIT.inTwoWeeks(DayOfWeek.THURSDAY, 10)));
        assertEquals(201, next.status(), next.toString());
        assertEquals(1, TestDatabase.count("select count(*) from care_team_member where patient_id = ?", patient));
    }

    @Test
    void aClinicianCannotPutThemselvesOnACareTeamWhileTheFrontDeskAddsAndEndsMemberships() throws Exception {
        long patient = patient(34);
        long physio = CareTeamTestData.providerOf("physio");
        Api.Reply self = Api.as("physio").post("patients/" + patient + "/care-team",
                "{\"clinicianId\":" + physio + ",\"role\":\"TREATING\"}");
        assertEquals(403, self.status(), self.toString());
        assertEquals("SELF_ASSIGNMENT", self.json().getString("code"));
        Api.Reply other = Api.as("clinician").post("patients/" + patient + "/care-team",
                "{\"clinicianId\":" + physio + ",\"role\":\"TREATING\"}");
        assertEquals(403, other.status(), other.toString());
        assertEquals(0, TestDatabase.count("select count(*) from care_team_member where patient_id = ?", patient));
        assertEquals(2, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'CARE_TEAM_CHANGED' and outcome = 'REFUSED'", patient));

        assertEquals(400, Api.as("frontdesk").post("patients/" + patient + "/care-team",
                "{\"clinicianId\":" + physio + ",\"role\":\"BOSS\"}").status());
        long member = CareTeamTestData.join(patient, "physio", "TREATING");
        assertEquals(409, Api.as("admin").post("patients/" + patient + "/care-team",
                "{\"clinicianId\":" + physio + ",\"role\":\"CONSULTING\"}").status(), "already on the team");
        assertEquals(200, Api.as("physio").get("diaries/" + patient).status());
        assertEquals(403, Api.as("physio").delete("patients/" + patient + "/care-team/" + member).status());
        assertEquals(204, Api.as("frontdesk").delete("patients/" + patient + "/care-team/" + member).status());
        assertNotInCare(Api.as("physio").get("diaries/" + patient));
        JsonObject ended = Api.as("frontdesk").get("patients/" + patient + "/care-team").json()
                .getJsonArray("items").getJsonObject(0);
        assertFalse(ended.getBoolean("active"));
        assertEquals("frontdesk", ended.getString("endedBy"));
    }

    @Test
    void membershipLapses180DaysAfterTheLastVisit() throws Exception {
        long patient = patient(35);
        Api.Reply booked = Api.as("frontdesk").post("appointments",
                visit(patient, "Jakob Berger", PortalIT.inTwoWeeks(DayOfWeek.FRIDAY, 10)));
        assertEquals(201, booked.status(), booked.toString());
        long appointment = booked.json().getJsonNumber("id").longValue();

        age(patient, appointment, 179);
        assertEquals(200, Api.as("physio").get("diaries/" + patient).status(), "the last visit was 179 days ago");
        age(patient, appointment, 180);
        assertNotInCare(Api.as("physio").get("diaries/" + patient));
        JsonObject member = Api.as("frontdesk").get("patients/" + patient + "/care-team").json()
                .getJsonArray("items").getJsonObject(0);
        assertFalse(member.getBoolean("active"), member.toString());
        assertFalse(member.containsKey("endedAt") && !member.isNull("endedAt"), "lapsed, not ended");

        // A new visit booked by the front desk puts the physio back on the team.
        assertEquals(201, Api.as("frontdesk").post("appointments",
                visit(patient, "Jakob Berger", PortalIT.inTwoWeeks(DayOfWeek.MONDAY, 11))).status());
        assertEquals(200, Api.as("physio").get("diaries/" + patient).status());
    }

    /** Moves the membership and its visit back in time: the visit took place that many days ago. */
    private static void age(long patient, long appointment, int days) throws Exception {
        LocalDateTime then = LocalDate.now(CLINIC).minusDays(days).atTime(10, 0);
        TestDatabase.update("update appointment set starts_at = ?, ends_at = ?, status = 'DONE' where id = ?",
                then, then.plusMinutes(45), appointment);
        TestDatabase.update("update care_team_member set since = ? where patient_id = ?",
                then.minusDays(1), patient);
    }

    @Test
    void breakGlassOpensTheRecordFor24HoursAuditedWithThePatientAndReviewedByAdmin() throws Exception {
        long patient = patient(36);
        Api physio = Api.as("physio");
        assertNotInCare(physio.get("diaries/" + patient));
        assertEquals(400, physio.post("patients/" + patient + "/emergency-access",
                "{\"reason\":\"CURIOSITY\"}").status());
        assertEquals(400, physio.post("patients/" + patient + "/emergency-access", "{\"reason\":\"OTHER\"}")
                .status(), "OTHER needs a note");
        assertEquals(403, Api.as("frontdesk").post("patients/" + patient + "/emergency-access",
                "{\"reason\":\"EMERGENCY_TREATMENT\"}").status());

        LocalDateTime before = LocalDateTime.now(CLINIC);
        Api.Reply opened = physio.post("patients/" + patient + "/emergency-access",
                "{\"reason\":\"COVERING_COLLEAGUE\",\"note\":\"Dr. Conrad is ill today\"}");
        assertEquals(201, opened.status(), opened.toString());
        LocalDateTime until = LocalDateTime.parse(opened.json().getString("until"));
        assertTrue(!until.isBefore(before.plusHours(24).minusMinutes(1)) && until.isBefore(before.plusHours(25)),
                until.toString());
        assertEquals(200, physio.get("diaries/" + patient).status());
        assertEquals(200, physio.get("patients/" + patient + "/injections").status());
        assertEquals(2, TestDatabase.count("select count(*) from audit_record where username = 'physio'"
                + " and patient_id = ? and action = 'EMERGENCY_ACCESS' and outcome = 'SUCCESS'", patient));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'physio'"
                + " and patient_id = ? and action = 'EMERGENCY_ACCESS_OPENED'", patient));

        assertEquals(403, physio.get("emergency-access?reviewed=false").status());
        JsonObject waiting = Api.as("admin").get("emergency-access?reviewed=false").json();
        assertEquals(1, waiting.getInt("total"), waiting.toString());
        JsonObject item = waiting.getJsonArray("items").getJsonObject(0);
        assertEquals(patient, item.getJsonNumber("patientId").longValue());
        assertEquals("physio", item.getString("clinician"));
        assertEquals("COVERING_COLLEAGUE", item.getString("reason"));
        assertFalse(item.getString("mrn").isBlank());
        long id = item.getJsonNumber("id").longValue();
        Api.Reply reviewed = Api.as("admin").post("emergency-access/" + id + "/review",
                "{\"note\":\"Confirmed with Dr. Conrad\"}");
        assertEquals(200, reviewed.status(), reviewed.toString());
        assertTrue(reviewed.json().getBoolean("reviewed"));
        assertEquals(409, Api.as("admin").post("emergency-access/" + id + "/review", "{}").status());
        assertEquals(0, Api.as("admin").get("emergency-access?reviewed=false").json().getInt("total"));
        assertEquals(1, Api.as("admin").get("emergency-access?reviewed=true").json().getInt("total"));

        // 24 hours later the access is over.
        TestDatabase.update("update emergency_access set granted_at = granted_at - interval 24 hour,"
                + " expires_at = expires_at - interval 24 hour where id = ?", id);
        assertNotInCare(physio.get("diaries/" + patient));
    }
}
