package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Minimum necessary (R21): the front desk's REST views of a patient's injections, referrals, orders, result files
 * and letters carry the kinds, statuses, dates and counts it works with, and no clinical content.
 */
class MinimumNecessaryIT extends ClinicDeployment {

    private static void assertAbsent(JsonObject json, String field) {
        assertTrue(!json.containsKey(field) || json.isNull(field), field + " must not be shown: " + json);
    }

    @Test
    void frontDeskSeesInjectionCountsAndDatesButNoProcedureReliefOrComplication() throws Exception {
        long patient = InjectionTestData.patient(40);
        CareTeamTestData.join(patient, "clinician");
        long adler = InjectionTestData.provider(InjectionTestData.ADLER);
        LocalDate day = InjectionTestData.weekdayOnOrBefore(LocalDate.now().minusDays(10));
        long id = InjectionTestData.performed(patient, InjectionTestData.at(day, 9), adler);
        Api clinician = Api.as("clinician");
        assertEquals(200, clinician.post("patients/" + patient + "/injections/" + id + "/follow-up",
                "{\"checkedOn\":\"" + day.plusDays(4) + "\",\"relief\":\"GOOD\",\"painScore\":2,"
                        + "\"notes\":\"much better\"}").status());
        assertEquals(201, clinician.post("patients/" + patient + "/injections/" + id + "/complications",
                "{\"kind\":\"BLEEDING\",\"noticedOn\":\"" + day + "\",\"severity\":\"MILD\"}").status());
        JsonObject seenByClinician = InjectionTestData.injections(clinician, patient).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("GOOD", seenByClinician.getJsonObject("followUp").getString("relief"));

        JsonObject overview = InjectionTestData.injections(Api.as("frontdesk"), patient);
        assertEquals(1, overview.getInt("inLastSixMonths"));
        assertEquals(2, overview.getInt("remaining"));
        JsonObject injection = overview.getJsonArray("items").getJsonObject(0);
        assertEquals("PERFORMED", injection.getString("status"));
        assertEquals(day.toString(), injection.getString("date"));
        assertAbsent(injection, "procedure");
        assertAbsent(injection, "followUp");
        assertAbsent(injection, "complications");
        assertFalse(overview.toString().contains("much better"), overview.toString());
    }

    @Test
    void frontDeskSeesReferralAndOrderKindsStatusesAndDatesButNoReasonResultFileOrLetter() throws Exception {
        long patient = InjectionTestData.patient(41);
        CareTeamTestData.join(patient, "clinician");
        Api clinician = Api.as("clinician");
        Api frontDesk = Api.as("frontdesk");
        long referral = clinician.post("patients/" + patient + "/referrals",
                "{\"specialty\":\"NEUROLOGY\",\"reason\":\"Numbness in the left arm\",\"urgency\":\"URGENT\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(200, frontDesk.post("patients/" + patient + "/referrals/" + referral + "/transitions",
                "{\"to\":\"SENT\",\"note\":\"faxed\"}").status(), "the front desk tracks the paperwork");
        assertEquals(200, clinician.download("patients/" + patient + "/referrals/" + referral + "/letter")
                .statusCode());

        JsonObject shown = frontDesk.get("patients/" + patient + "/referrals").json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("NEUROLOGY", shown.getString("specialty"));
        assertEquals("SENT", shown.getString("status"));
        assertEquals("URGENT", shown.getString("urgency"));
        assertTrue(shown.containsKey("createdAt"));
        assertAbsent(shown, "reason");
        assertFalse(shown.getBoolean("letterAvailable"));
        assertAbsent(frontDesk.get("patients/" + patient + "/referrals/" + referral).json(), "reason");
        Api.Reply letter = frontDesk.get("patients/" + patient + "/referrals/" + referral + "/letter");
        assertEquals(403, letter.status(), letter.toString());
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'frontdesk'"
                + " and patient_id = ? and action = 'REFERRAL_LETTER_VIEWED' and outcome = 'REFUSED'", patient));

        long order = clinician.post("patients/" + patient + "/orders",
                "{\"kind\":\"BLOOD_RA\",\"reason\":\"rule out rheumatoid arthritis\"}").json()
                .getJsonNumber("id").longValue();
        Api.Reply received = frontDesk.postMultipart("patients/" + patient + "/orders/" + order + "/result",
                Map.of("report", "Rheumatoid factor 80 IU/ml", "abnormal", "true"), "lab.pdf", "application/pdf",
                OrdersIT.PDF);
        assertEquals(200, received.status(), received.toString());
        assertAbsent(received.json(), "resultReport");
        JsonObject seenByClinician = clinician.get("patients/" + patient + "/orders/" + order).json();
        assertEquals("Rheumatoid factor 80 IU/ml", seenByClinician.getString("resultReport"));
        long file = seenByClinician.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject orderShown = frontDesk.get("patients/" + patient + "/orders").json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("BLOOD_RA", orderShown.getString("kind"));
        assertEquals("RESULT_RECEIVED", orderShown.getString("status"));
        assertTrue(orderShown.containsKey("resultReceivedAt") && !orderShown.isNull("resultReceivedAt"));
        assertAbsent(orderShown, "reason");
        assertAbsent(orderShown, "resultReport");
        assertAbsent(orderShown, "abnormal");
        assertAbsent(orderShown, "files");
        assertEquals(403, frontDesk.get("patients/" + patient + "/orders/" + order + "/files/" + file).status());
        assertEquals(403, Api.as("admin").get("patients/" + patient + "/orders/" + order + "/files/" + file)
                .status());
    }

    @Test
    void aClinicianOutsideTheCareTeamIsRefusedEveryClinicalRead() throws Exception {
        long patient = InjectionTestData.patient(42);
        Api physio = Api.as("physio");
        for (String path : new String[] {"injections", "referrals", "orders", "plans", "plans/current"}) {
            Api.Reply reply = physio.get("patients/" + patient + "/" + path);
            assertEquals(403, reply.status(), path + ": " + reply);
            assertEquals("NOT_IN_CARE", reply.json().getString("code"), path);
        }
        assertEquals(5, TestDatabase.count("select count(*) from audit_record where username = 'physio'"
                + " and patient_id = ? and outcome = 'REFUSED'", patient));
        assertEquals(200, physio.get("patients/" + patient + "/care-team").status(), "the team itself is no secret");
        assertEquals(200, physio.get("patients/" + patient).status(), "demographics are for all staff");
    }
}
