package com.dorsum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outcome measures through the API (R25): scores computed from the answers (and recomputed when the stored answers
 * are), the change from the baseline with the minimal important change, the unanswered rule, what is due before
 * an injection, and who may read and record them.
 */
class OutcomesIT extends ClinicDeployment {

    /** An ODI body with the sections' values in order; a null leaves that section out. */
    static String odi(Integer... values) {
        return "{\"instrument\":\"ODI\",\"answers\":[" + IntStream.range(0, values.length)
                .filter(i -> values[i] != null).mapToObj(i -> "{\"item\":" + (i + 1) + ",\"value\":" + values[i] + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    @Test
    void clinicianInCareRecordsScoresComputedFromTheAnswersWithTheChangeFromTheBaseline() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        NoteTestData.physiotherapyDone(anna, 2);
        Api physio = Api.as("physio");
        Api.Reply first = physio.post("patients/" + anna + "/outcomes", odi(3, 3, 3, 3, 3, 3, 3, null, 3, 3));
        assertEquals(201, first.status(), first.toString());
        assertEquals(0, new BigDecimal("60").compareTo(first.json().getJsonNumber("score").bigDecimalValue()));
        assertTrue(first.json().getBoolean("valid"));
        assertTrue(absent(first.json(), "change"), "the baseline");

        Api.Reply better = physio.post("patients/" + anna + "/outcomes", odi(2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        assertEquals(0, new BigDecimal("40").compareTo(better.json().getJsonNumber("score").bigDecimalValue()));
        assertEquals(0, new BigDecimal("-20").compareTo(better.json().getJsonNumber("change").bigDecimalValue()));
        assertTrue(better.json().getBoolean("clinicallyImportant"));

        Api.Reply incomplete = physio.post("patients/" + anna + "/outcomes", odi(2, 2, 2, 2, 2, 2, 2));
        assertEquals(201, incomplete.status(), incomplete.toString());
        assertFalse(incomplete.json().getBoolean("valid"), "three sections unanswered");
        assertTrue(absent(incomplete.json(), "score"));

        long stored = TestDatabase.count("select count(*) from outcome_response where patient_id = ?", anna);
        Api.Reply outOfRange = physio.post("patients/" + anna + "/outcomes", odi(6, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        assertEquals(400, outOfRange.status(), outOfRange.toString());
        assertEquals("answers[1].value", outOfRange.json().getJsonArray("violations").getJsonObject(0)
                .getString("field"));
        assertEquals(400, physio.post("patients/" + anna + "/outcomes",
                "{\"instrument\":\"NPRS\",\"answers\":[{\"item\":1,\"value\":11}]}").status());
        assertEquals(stored, TestDatabase.count("select count(*) from outcome_response where patient_id = ?", anna));

        // The score is never stored: change a stored answer and the score follows it.
        long betterId = better.json().getJsonNumber("id").longValue();
        TestDatabase.update("update outcome_answer set answer_value = 0 where response_id = ? and item = 1", betterId);
        JsonObject trend = physio.get("patients/" + anna + "/outcomes").json().getJsonArray("trends").getJsonObject(0);
        assertEquals("ODI", trend.getString("instrument"));
        assertEquals(0, BigDecimal.TEN.compareTo(trend.getJsonNumber("minimalImportantChange").bigDecimalValue()));
        JsonObject recomputed = trend.getJsonArray("items").getJsonObject(1);
        assertEquals(0, new BigDecimal("36").compareTo(recomputed.getJsonNumber("score").bigDecimalValue()),
                recomputed.toString());
    }

    @Test
    void onlyCliniciansCaringForThePatientReadOrRecordScores() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Api.Reply outsider = Api.as("clinician").get("patients/" + anna + "/outcomes");
        assertEquals(403, outsider.status(), outsider.toString());
        assertEquals("NOT_IN_CARE", outsider.json().getString("code"));
        assertEquals(403, Api.as("clinician").post("patients/" + anna + "/outcomes", odi(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .status());
        assertEquals(1, PortalIT.refusals("clinician", anna, "OUTCOMES_VIEWED"));
        assertEquals(403, Api.as("frontdesk").get("patients/" + anna + "/outcomes").status());
        assertEquals(403, Api.as("frontdesk").post("patients/" + anna + "/outcomes", odi(1)).status());
        assertEquals(403, Api.as("patient.anna").get("patients/" + anna + "/outcomes").status());
        assertEquals(403, Api.as("admin").get("patients/" + anna + "/outcomes").status());
        assertEquals(401, Api.anonymous().get("patients/" + anna + "/outcomes").status());
        assertEquals(403, Api.as("physio").get("me/outcomes").status());
        assertEquals(0, TestDatabase.count("select count(*) from outcome_response where patient_id = ?", anna));
    }

    @Test
    void patientSeesTheQuestionnairesDueBeforeAnInjectionCompletesOneAndReadsOnlyTheirOwn() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        LocalDate day = InjectionTestData.weekdayOnOrAfter(LocalDate.now(PortalIT.CLINIC).plusDays(5));
        InjectionTestData.booked(Api.as("clinician"), anna, InjectionTestData.at(day, 10),
                InjectionTestData.provider(InjectionTestData.ADLER));
        Api annaApi = Api.as("patient.anna");
        JsonArray due = annaApi.get("me/outcomes/due").json().getJsonArray("items");
        assertEquals(2, due.size(), due.toString());
        assertEquals("ODI", due.getJsonObject(0).getString("instrument"));
        assertEquals("BEFORE_INJECTION", due.getJsonObject(0).getString("occasion"));
        assertEquals(day.toString(), due.getJsonObject(0).getString("until"));
        assertEquals("NPRS", due.getJsonObject(1).getString("instrument"));

        Api.Reply done = annaApi.post("me/outcomes", odi(1, 2, 1, 2, 1, 2, 1, 2, 1, 2));
        assertEquals(201, done.status(), done.toString());
        assertEquals("PATIENT", done.json().getString("answeredBy"));
        assertEquals(0, new BigDecimal("30").compareTo(done.json().getJsonNumber("score").bigDecimalValue()));
        JsonArray left = annaApi.get("me/outcomes/due").json().getJsonArray("items");
        assertEquals(1, left.size(), left.toString());
        assertEquals("NPRS", left.getJsonObject(0).getString("instrument"));
        assertEquals(400, annaApi.post("me/outcomes", "{\"instrument\":\"NPRS\",\"answers\":[]}").status());

        assertEquals(1, annaApi.get("me/outcomes").json().getInt("total"));
        assertEquals(0, Api.as("patient.ben").get("me/outcomes").json().getInt("total"));
        assertEquals(0, Api.as("patient.ben").get("me/outcomes/due").json().getInt("total"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where action = 'OUTCOME_RECORDED'"
                + " and patient_id = ? and username = 'patient.anna'", anna));
        assertEquals(200, Api.as("clinician").get("patients/" + anna + "/outcomes/due").status(),
                "the physician who booked the injection is caring for her");
    }

    @Test
    void theQuestionnairesAreFhirResourcesWithTheirLoincCodes() {
        JsonObject all = Api.as("patient.anna").get("questionnaires").json();
        assertEquals(3, all.getInt("total"));
        String text = all.toString();
        for (String code : new String[] {"97908-8", "97909-6", "82226-2", "82237-9", "72514-3"}) {
            assertTrue(text.contains("\"" + code + "\""), code);
        }
        assertEquals("Questionnaire", all.getJsonArray("items").getJsonObject(0).getString("resourceType"));
        assertEquals(200, Api.as("frontdesk").get("questionnaires").status());
        assertEquals(401, Api.anonymous().get("questionnaires").status());
    }

    @Test
    void aCompletedCourseWhoseScoresReachNoImportantImprovementAdmitsSurgeryAndTheLetterListsTheScores()
            throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        JsonObject series = CoursesIT.book("{\"patientId\":" + anna + ",\"therapy\":\"CHIROPRACTIC\",\"sessions\":3,"
                + "\"startDate\":\"" + CoursesIT.START + "\"}");
        long id = series.getJsonNumber("id").longValue();
        LocalDate first = LocalDate.now(PortalIT.CLINIC).minusDays(60);
        LocalDate last = first.plusDays(7);
        for (int i = 0; i < 3; i++) {
            LocalDate day = first.plusDays(i * 7L / 2);
            TestDatabase.update("update appointment set starts_at = ?, ends_at = ?, status = 'DONE' where id = ?",
                    day.atTime(9, 0), day.atTime(9, 30), series.getJsonArray("sessions").getJsonObject(i)
                            .getJsonNumber("appointmentId").longValue());
        }
        Api annaApi = Api.as("patient.anna");
        assertEquals(201, annaApi.post("me/outcomes", odi(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)
                .replace("{\"instrument\"", "{\"date\":\"" + first + "\",\"instrument\"")).status());
        assertEquals(201, annaApi.post("me/outcomes", odi(3, 3, 3, 3, 3, 3, 3, 3, 3, 2)
                .replace("{\"instrument\"", "{\"date\":\"" + last.plusDays(1) + "\",\"instrument\"")).status());
        Api clinician = Api.as("clinician");
        String surgery = "{\"specialty\":\"SURGERY\",\"reason\":\"Pain unchanged\",\"urgency\":\"ROUTINE\"}";
        assertEquals(422, clinician.post("patients/" + anna + "/referrals", surgery).status(), "course not completed");

        NoteTestData.visit(anna, InjectionTestData.ADLER, "REVIEW", first.atTime(11, 0), "DONE");
        JsonObject scores = clinician.get("courses/" + id + "/scores").json();
        assertEquals("NO_ADEQUATE_RELIEF", scores.getString("suggestedOutcome"), scores.toString());
        assertFalse(scores.getJsonArray("verdicts").getJsonObject(0).getBoolean("improved"));
        assertEquals(403, Api.as("frontdesk").get("courses/" + id + "/scores").status());

        Api.Reply completed = clinician.post("courses/" + id + "/complete", "{\"outcome\":\"ADEQUATE_RELIEF\"}");
        assertEquals(200, completed.status(), completed.toString());
        Api.Reply referral = clinician.post("patients/" + anna + "/referrals", surgery);
        assertEquals(201, referral.status(), "ODI 60% to 58% is no important improvement: " + referral);
        JsonObject report = clinician.get("reports/outcomes").json().getJsonArray("items").getJsonObject(0);
        assertEquals("CHIROPRACTIC", report.getString("therapy"), report.toString());
        assertEquals(1, report.getInt("completed"));
        assertEquals(1, report.getInt("scored"));
        assertEquals(0, report.getInt("reachedMcid"));
        assertEquals(403, Api.as("frontdesk").get("reports/outcomes").status());
        long referralId = referral.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as("frontdesk").post("patients/" + anna + "/referrals/" + referralId + "/transitions",
                "{\"to\":\"SENT\",\"note\":\"sent\"}").status());
        var letter = clinician.download("patients/" + anna + "/referrals/" + referralId + "/letter");
        assertEquals(200, letter.statusCode());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Oswestry Disability Index 60% (" + first + ") to 58%"), text);
            assertTrue(text.contains("no important improvement"), text);
        }
    }
}
