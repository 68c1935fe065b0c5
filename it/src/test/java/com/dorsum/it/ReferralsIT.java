package com.dorsum.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Referrals through the REST API: life cycle and letter, the surgery gate, illegal steps, overdue ones (R9, R11, R12). */
class ReferralsIT extends ClinicDeployment {

    /** The referring clinician cares for both demo patients (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(patientOf("patient.anna"), patientOf("patient.ben"));
    }

    static long patientOf(String username) throws Exception {
        return TestDatabase.count("select patient_id from user_account where username = ?", username);
    }

    private static long addRheumatologist() {
        Api.Reply added = Api.as("admin").post("specialists", """
                {"name":"Dr. Rita Rheuma","practice":"Rheumatology Practice Mitte","specialty":"RHEUMATOLOGY",
                 "address":"Gelenkstrasse 5, 10117 Berlin","phone":"+49 30 2223334","email":"rheuma@example.org"}""");
        assertEquals(201, added.status(), added.toString());
        return added.json().getJsonNumber("id").longValue();
    }

    private static JsonObject move(Api who, long patient, long referral, String to) {
        Api.Reply reply = who.post("patients/" + patient + "/referrals/" + referral + "/transitions",
                "{\"to\":\"" + to + "\",\"note\":\"" + to.toLowerCase() + " step\"}");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    @Test
    void referralGoesThroughItsWholeTrailAndItsLetterSaysWhatWasAsked() throws Exception {
        long anna = patientOf("patient.anna");
        long specialist = addRheumatologist();
        Api clinician = Api.as("clinician");
        Api frontDesk = Api.as("frontdesk");
        // Relevant history the letter must carry: an injection and the current plan's medication guidance.
        LocalDate injectionDay = InjectionTestData.weekdayOnOrAfter(LocalDate.now().plusDays(7));
        InjectionTestData.booked(clinician, anna, InjectionTestData.at(injectionDay, 10),
                InjectionTestData.provider("Dr. Helena Adler"));
        LocalDate today = LocalDate.now();
        assertEquals(201, clinician.post("patients/" + anna + "/plans", """
                {"problem":"Hand and back pain","goals":"Sleep through the night",
                 "medications":[{"medicine":"IBUPROFEN","dose":"400 mg every 6 hours with food","firstDay":"%s",
                                 "lastDay":"%s"}]}""".formatted(today, today.plusDays(9))).status());
        Api.Reply created = clinician.post("patients/" + anna + "/referrals", """
                {"specialty":"RHEUMATOLOGY","reason":"Morning stiffness of both hands for 8 weeks","urgency":"URGENT",
                 "ruleOuts":["RHEUMATOID_ARTHRITIS"],"specialistId":%d}""".formatted(specialist));
        assertEquals(201, created.status(), created.toString());
        JsonObject referral = created.json();
        long id = referral.getJsonNumber("id").longValue();
        assertEquals("DRAFT", referral.getString("status"));
        assertEquals("Dr. Rita Rheuma", referral.getString("specialistName"));
        assertTrue(created.header("Location").endsWith("/patients/" + anna + "/referrals/" + id));

        move(frontDesk, anna, id, "SENT");
        move(frontDesk, anna, id, "BOOKED");
        move(frontDesk, anna, id, "SEEN");
        move(frontDesk, anna, id, "REPORT_RECEIVED");
        JsonObject closed = move(clinician, anna, id, "CLOSED");
        assertEquals("CLOSED", closed.getString("status"));
        List<String> trail = closed.getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("status")).toList();
        assertEquals(List.of("DRAFT", "SENT", "BOOKED", "SEEN", "REPORT_RECEIVED", "CLOSED"), trail);
        assertEquals("frontdesk", closed.getJsonArray("steps").getJsonObject(1).getString("by"));
        assertTrue(closed.getBoolean("letterAvailable"));

        HttpResponse<byte[]> letter = clinician.download("patients/" + anna + "/referrals/" + id + "/letter");
        assertEquals(200, letter.statusCode());
        assertEquals("application/pdf", letter.headers().firstValue("Content-Type").orElseThrow());
        String mrn = Api.as("clinician").get("patients/" + anna).json().getString("mrn");
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Dorsum back-pain clinic", "Referral to Rheumatology - URGENT",
                    "Anna Achterberg", mrn, "Morning stiffness of both hands for 8 weeks", "Rheumatoid arthritis",
                    "Dr. Rita Rheuma", "Dr. Helena Adler", injectionDay + " L4-L5, left: booked",
                    "400 mg every 6 hours with food")) {
                assertTrue(text.contains(expected), expected + " missing from the letter:\n" + text);
            }
        }
        assertEquals(1, TestDatabase.count("select count(*) from referral_letter where referral_id = ?", id));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'REFERRAL_CREATED' and username = 'clinician' and outcome = 'SUCCESS'", anna));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'REFERRAL_LETTER_VIEWED'", anna));
    }

    @Test
    void illegalStepsAreRefusedWithTheirCode() throws Exception {
        long anna = patientOf("patient.anna");
        Api clinician = Api.as("clinician");
        long id = clinician.post("patients/" + anna + "/referrals",
                        "{\"specialty\":\"NEUROLOGY\",\"reason\":\"Numb left arm\",\"urgency\":\"ROUTINE\"}")
                .json().getJsonNumber("id").longValue();
        Api.Reply booked = clinician.post("patients/" + anna + "/referrals/" + id + "/transitions", "{\"to\":\"BOOKED\"}");
        assertEquals(409, booked.status(), booked.toString());
        assertEquals("ILLEGAL_TRANSITION", booked.json().getString("code"));
        assertEquals("DRAFT", booked.json().getString("from"));

        Api.Reply letter = clinician.get("patients/" + anna + "/referrals/" + id + "/letter");
        assertEquals(409, letter.status(), letter.toString());
        assertEquals("NOT_SENT_YET", letter.json().getString("code"));

        Api.Reply unknown = clinician.post("patients/" + anna + "/referrals/" + id + "/transitions", "{\"to\":\"LOST\"}");
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("VALIDATION", unknown.json().getString("code"));
    }

    @Test
    void surgicalReferralWithoutIndicationOrFailedCourseIsRefusedAndNothingIsStored() throws Exception {
        long anna = patientOf("patient.anna");
        long before = TestDatabase.count("select count(*) from referral");
        Api clinician = Api.as("clinician");
        Api.Reply refused = clinician.post("patients/" + anna + "/referrals",
                "{\"specialty\":\"SURGERY\",\"reason\":\"Pain for a year\",\"urgency\":\"ROUTINE\"}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("SURGERY_GATE", refused.json().getString("code"));
        assertEquals(2, refused.json().getJsonArray("missing").size());
        assertEquals(before, TestDatabase.count("select count(*) from referral"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'REFERRAL_CREATED' and outcome = 'REFUSED'", anna));

        Api.Reply admitted = clinician.post("patients/" + anna + "/referrals", """
                {"specialty":"SURGERY","reason":"Foot drop","urgency":"URGENT","surgicalIndication":"HERNIATED_DISC"}""");
        assertEquals(201, admitted.status(), admitted.toString());
        assertEquals("SURGICAL_INDICATION", admitted.json().getString("surgeryBasis"));
    }

    @Test
    void onlyAClinicianRefersAndAPatientSeesOnlyTheirOwnReferrals() throws Exception {
        long anna = patientOf("patient.anna");
        long ben = patientOf("patient.ben");
        String body = "{\"specialty\":\"PSYCHOLOGY\",\"reason\":\"Stress and pain\",\"urgency\":\"ROUTINE\"}";
        assertEquals(403, Api.as("frontdesk").post("patients/" + anna + "/referrals", body).status());
        assertEquals(403, Api.as("patient.anna").post("patients/" + anna + "/referrals", body).status());
        assertEquals(201, Api.as("clinician").post("patients/" + anna + "/referrals", body).status());

        JsonObject own = Api.as("patient.anna").get("patients/" + anna + "/referrals").json();
        assertEquals(1, own.getInt("total"));
        Api.Reply other = Api.as("patient.ben").get("patients/" + anna + "/referrals");
        assertEquals(404, other.status(), other.toString());
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'patient.ben'"
                + " and patient_id = ? and action = 'REFERRAL_VIEWED' and outcome = 'REFUSED'", anna));
        assertEquals(0, Api.as("patient.ben").get("patients/" + ben + "/referrals").json().getInt("total"));
    }

    @Test
    void urgentReferralNotBookedAfterTwoDaysSurfacesOnTheOverdueWorklistUntilBooked() throws Exception {
        long anna = patientOf("patient.anna");
        Api clinician = Api.as("clinician");
        long id = clinician.post("patients/" + anna + "/referrals",
                        "{\"specialty\":\"ORTHOPEDICS\",\"reason\":\"Suspected fracture\",\"urgency\":\"URGENT\","
                                + "\"ruleOuts\":[\"SPINAL_FRACTURE\"]}")
                .json().getJsonNumber("id").longValue();
        assertEquals(0, clinician.get("worklists/overdue-referrals").json().getInt("total"));
        move(clinician, anna, id, "SENT");
        TestDatabase.update("update referral set referred_at = referred_at - interval 3 day where id = ?", id);

        JsonObject worklist = Api.as("frontdesk").get("worklists/overdue-referrals").json();
        assertEquals(1, worklist.getInt("total"), worklist.toString());
        JsonObject item = worklist.getJsonArray("items").getJsonObject(0);
        assertEquals("BOOKING", item.getString("waiting"));
        assertEquals(id, item.getJsonObject("referral").getJsonNumber("id").longValue());

        move(clinician, anna, id, "BOOKED");
        assertEquals(0, clinician.get("worklists/overdue-referrals").json().getInt("total"));
    }

    @Test
    void positiveScoliosisScreenSuggestsAnOrthopedicReferral() throws Exception {
        long anna = patientOf("patient.anna");
        Api.Reply screen = Api.as("clinician").post("patients/" + anna + "/scoliosis-screens",
                "{\"forwardBendRibHump\":\"RIGHT\",\"muscleWeakness\":false,\"numbness\":true,\"abnormalReflexes\":false}");
        assertEquals(201, screen.status(), screen.toString());
        assertTrue(screen.json().getBoolean("positive"));
        JsonObject suggestion = screen.json().getJsonObject("suggestedReferral");
        assertEquals("ORTHOPEDICS", suggestion.getString("specialty"));
        assertTrue(suggestion.getString("reason").contains("ribs higher on the right side"));
        assertEquals(201, Api.as("clinician").post("patients/" + anna + "/referrals", suggestion.toString()).status());
    }
}
