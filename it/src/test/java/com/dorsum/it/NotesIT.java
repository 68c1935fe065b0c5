package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Visit notes through the API (R24): the treating clinician drafts, signs and amends; a signed note never changes
 * (409 NOTE_SIGNED); other clinicians in care only read; a clinician outside the care, the front desk and patients
 * are refused; unsigned notes surface on the author's worklist a day after the visit.
 */
class NotesIT extends ClinicDeployment {

    static final String DRAFT = """
            {"subjective":"Stiff between the shoulder blades after desk work","objective":"Thoracic rotation reduced",
             "assessment":"Improving","plan":"Continue twice a week",
             "fields":{"modalities":["THERAPEUTIC_ULTRASOUND","EXERCISES"],"homeExercises":"Wall angels 3x10"}}""";

    @Test
    void treatingClinicianDraftsSignsAndAmendsAndASignedNoteNeverChanges() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long visit = NoteTestData.physiotherapyDone(anna, 2);
        Api physio = Api.as("physio");

        JsonObject empty = physio.get("appointments/" + visit + "/note").json();
        assertEquals("NOT_STARTED", empty.getString("status"));
        assertEquals("PHYSIOTHERAPY", empty.getJsonObject("template").getString("name"));

        Api.Reply saved = physio.put("appointments/" + visit + "/note", DRAFT);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("DRAFT", saved.json().getString("status"));
        assertEquals("THERAPEUTIC_ULTRASOUND,EXERCISES", saved.json().getJsonObject("fields").getString("modalities"));
        Api.Reply autosaved = physio.put("appointments/" + visit + "/note", DRAFT.replace("Improving",
                "Improving, less guarding"));
        assertEquals("Improving, less guarding", autosaved.json().getString("assessment"));

        Api.Reply signed = physio.post("appointments/" + visit + "/note/sign", "");
        assertEquals(200, signed.status(), signed.toString());
        assertEquals("SIGNED", signed.json().getString("status"));
        Api.Reply changed = physio.put("appointments/" + visit + "/note", DRAFT.replace("Improving", "Worse"));
        assertEquals(409, changed.status(), changed.toString());
        assertEquals("NOTE_SIGNED", changed.json().getString("code"));
        assertEquals(409, physio.post("appointments/" + visit + "/note/sign", "").status());
        assertEquals(1, TestDatabase.count("select count(*) from visit_note where appointment_id = ?"
                + " and assessment = 'Improving, less guarding' and status = 'SIGNED'", visit));

        Api.Reply noReason = physio.post("appointments/" + visit + "/note/addenda", "{\"text\":\"x\"}");
        assertEquals(400, noReason.status(), noReason.toString());
        Api.Reply amended = physio.post("appointments/" + visit + "/note/addenda",
                "{\"reason\":\"Wrong side\",\"text\":\"The pain is on the left\"}");
        assertEquals(200, amended.status(), amended.toString());
        JsonObject addendum = amended.json().getJsonArray("addenda").getJsonObject(0);
        assertEquals("Wrong side", addendum.getString("reason"));
        assertEquals("physio", addendum.getString("author"));
        assertTrue(addendum.containsKey("at"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where action = 'NOTE_SIGNED'"
                + " and patient_id = ? and outcome = 'SUCCESS'", anna));
    }

    @Test
    void onlyTheTreatingClinicianWritesOthersInCareReadAndTheFrontDeskAndPatientsAreRefused() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long visit = NoteTestData.physiotherapyDone(anna, 3);
        assertEquals(200, Api.as("physio").put("appointments/" + visit + "/note", DRAFT).status());

        Api.Reply outsider = Api.as("clinician").get("appointments/" + visit + "/note");
        assertEquals(403, outsider.status(), outsider.toString());
        assertEquals("NOT_IN_CARE", outsider.json().getString("code"));
        assertEquals(1, PortalIT.refusals("clinician", anna, "NOTE_VIEWED"));

        NoteTestData.visit(anna, InjectionTestData.ADLER, "REVIEW",
                LocalDateTime.now(PortalIT.CLINIC).withNano(0).minusDays(3), "DONE");
        assertEquals(200, Api.as("clinician").get("appointments/" + visit + "/note").status(), "in care now");
        Api.Reply notTreating = Api.as("clinician").put("appointments/" + visit + "/note", DRAFT);
        assertEquals(403, notTreating.status(), notTreating.toString());
        assertEquals("NOT_TREATING", notTreating.json().getString("code"));
        assertEquals(403, Api.as("clinician").post("appointments/" + visit + "/note/sign", "").status());
        assertEquals(1, PortalIT.refusals("clinician", anna, "NOTE_SAVED"));

        assertEquals(403, Api.as("frontdesk").get("appointments/" + visit + "/note").status());
        assertEquals(403, Api.as("frontdesk").put("appointments/" + visit + "/note", DRAFT).status());
        assertEquals(403, Api.as("frontdesk").get("patients/" + anna + "/notes").status());
        assertEquals(403, Api.as("patient.anna").get("appointments/" + visit + "/note").status());
        assertEquals(403, Api.as("admin").get("appointments/" + visit + "/note").status());
        assertEquals(401, Api.anonymous().get("appointments/" + visit + "/note").status());
        assertEquals(404, Api.as("physio").get("appointments/999999/note").status());

        JsonObject list = Api.as("clinician").get("patients/" + anna + "/notes").json();
        assertEquals(1, list.getInt("total"), list.toString());
        assertEquals(visit, list.getJsonArray("items").getJsonObject(0).getJsonNumber("appointmentId").longValue());
    }

    @Test
    void unsignedNotesOfVisitsOverADayOldAreOnTheTreatingCliniciansWorklistUntilSigned() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long old = NoteTestData.physiotherapyDone(anna, 30);
        long recent = NoteTestData.physiotherapyDone(anna, 2);
        JsonObject worklist = Api.as("physio").get("worklists/notes-to-sign").json();
        assertTrue(worklist.toString().contains("\"appointmentId\":" + old), worklist.toString());
        assertTrue(!worklist.toString().contains("\"appointmentId\":" + recent), "less than 24 hours ago");
        assertEquals(0, Api.as("clinician").get("worklists/notes-to-sign").json().getInt("total"));
        assertEquals(403, Api.as("frontdesk").get("worklists/notes-to-sign").status());

        assertEquals(200, Api.as("physio").put("appointments/" + old + "/note", DRAFT).status());
        assertTrue(Api.as("physio").get("worklists/notes-to-sign").json().getJsonArray("items").getJsonObject(0)
                .getBoolean("draft"));
        assertEquals(200, Api.as("physio").post("appointments/" + old + "/note/sign", "").status());
        assertTrue(!Api.as("physio").get("worklists/notes-to-sign").json().toString()
                .contains("\"appointmentId\":" + old), "signed");
    }

    @Test
    void aNoteIsRefusedForAVisitStillToComeAndForFieldsItsTemplateDoesNotHave() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long coming = PortalIT.book(anna, "Jakob Berger", "PHYSIOTHERAPY",
                PortalIT.inTwoWeeks(java.time.DayOfWeek.TUESDAY, 10));
        Api.Reply early = Api.as("physio").put("appointments/" + coming + "/note", DRAFT);
        assertEquals(409, early.status(), early.toString());
        assertEquals("VISIT_NOT_YET", early.json().getString("code"));

        long visit = NoteTestData.physiotherapyDone(anna, 2);
        Api.Reply wrong = Api.as("physio").put("appointments/" + visit + "/note",
                "{\"subjective\":\"x\",\"fields\":{\"segments\":\"C6\",\"modalities\":[\"LASER\"]}}");
        assertEquals(400, wrong.status(), wrong.toString());
        assertEquals("VALIDATION", wrong.json().getString("code"));
        assertEquals(0, TestDatabase.count("select count(*) from visit_note where appointment_id = ?", visit));
        Api.Reply empty = Api.as("physio").post("appointments/" + visit + "/note/sign", "");
        assertEquals(422, empty.status(), empty.toString());
    }
}
