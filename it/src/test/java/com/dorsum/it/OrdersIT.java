package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imaging and lab orders through the REST API: roles, results and their files, the unreviewed worklist (R10). */
class OrdersIT extends ClinicDeployment {

    /** The ordering clinician cares for both demo patients (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(ReferralsIT.patientOf("patient.anna"), ReferralsIT.patientOf("patient.ben"));
    }

    static final byte[] PDF = "%PDF-1.4\n% lab report: rheumatoid factor 80 IU/ml\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static long order(long patient, String kind) {
        Api.Reply created = Api.as("clinician").post("patients/" + patient + "/orders",
                "{\"kind\":\"" + kind + "\",\"reason\":\"rule out rheumatoid arthritis\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Api.Reply upload(Api who, long patient, long order, boolean abnormal, String type, byte[] file) {
        return who.postMultipart("patients/" + patient + "/orders/" + order + "/result",
                Map.of("report", "Rheumatoid factor 80 IU/ml", "abnormal", String.valueOf(abnormal)),
                "lab-result.pdf", type, file);
    }

    private static long storedFiles() throws Exception {
        return TestDatabase.count("select count(*) from result_file")
                + TestDatabase.count("select count(*) from result_file_content");
    }

    @Test
    void onlyAClinicianOrdersAndReviewsWhileTheFrontDeskReceivesTheResult() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Api.Reply byFrontDesk = Api.as("frontdesk").post("patients/" + anna + "/orders",
                "{\"kind\":\"XRAY\",\"bodyRegion\":\"THORACIC_SPINE\",\"reason\":\"trauma\"}");
        assertEquals(403, byFrontDesk.status(), byFrontDesk.toString());
        long id = order(anna, "BLOOD_RA");
        assertEquals(200, upload(Api.as("frontdesk"), anna, id, true, "application/pdf", PDF).status());

        Api.Reply reviewByFrontDesk = Api.as("frontdesk").post("patients/" + anna + "/orders/" + id + "/transitions",
                "{\"to\":\"REVIEWED\"}");
        assertEquals(403, reviewByFrontDesk.status(), reviewByFrontDesk.toString());
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'frontdesk'"
                + " and patient_id = ? and action = 'ORDER_REVIEWED' and outcome = 'REFUSED'", anna));
        Api.Reply reviewed = Api.as("clinician").post("patients/" + anna + "/orders/" + id + "/transitions",
                "{\"to\":\"REVIEWED\",\"note\":\"start DMARD discussion\"}");
        assertEquals(200, reviewed.status(), reviewed.toString());
        assertEquals("REVIEWED", reviewed.json().getString("status"));
        assertEquals("clinician", reviewed.json().getString("reviewedBy"));
    }

    @Test
    void resultCannotBeReviewedBeforeItIsReceived() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long id = order(anna, "BLOOD_INFECTION");
        Api.Reply early = Api.as("clinician").post("patients/" + anna + "/orders/" + id + "/transitions",
                "{\"to\":\"REVIEWED\"}");
        assertEquals(409, early.status(), early.toString());
        assertEquals("ILLEGAL_TRANSITION", early.json().getString("code"));
        assertEquals("ORDERED", early.json().getString("from"));
    }

    @Test
    void fileThatIsNotWhatItClaimsIsRefusedAndNothingIsStored() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long id = order(anna, "BLOOD_RA");
        long before = storedFiles();
        Api.Reply refused = upload(Api.as("clinician"), anna, id, false, "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("VALIDATION", refused.json().getString("code"));
        assertEquals("file", refused.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(before, storedFiles());
        assertEquals("ORDERED", Api.as("clinician").get("patients/" + anna + "/orders/" + id).json()
                .getString("status"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'ORDER_RESULT_RECEIVED' and outcome = 'REFUSED'", anna));
    }

    @Test
    void fileOverTenMegabytesIsRefusedAndNothingIsStored() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long id = order(anna, "BLOOD_RA");
        long before = storedFiles();
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Api.Reply refused = upload(Api.as("clinician"), anna, id, false, "application/pdf", big);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().getJsonArray("violations").getJsonObject(0).getString("message").contains("10 MB"));
        assertEquals(before, storedFiles());
        assertEquals("ORDERED", Api.as("clinician").get("patients/" + anna + "/orders/" + id).json()
                .getString("status"));
    }

    @Test
    void patientGetsTheirOwnResultFileButNeverAnotherPatientsEvenByGuessingItsAddress() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long ben = ReferralsIT.patientOf("patient.ben");
        long id = order(ben, "BLOOD_RA");
        JsonObject result = upload(Api.as("clinician"), ben, id, true, "application/pdf", PDF).json();
        assertEquals("RESULT_RECEIVED", result.getString("status"));
        String href = result.getJsonArray("files").getJsonObject(0).getString("href");
        long fileId = result.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<byte[]> own = Api.as("patient.ben").download(href);
        assertEquals(200, own.statusCode());
        assertArrayEquals(PDF, own.body());
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElseThrow());

        Api annaApi = Api.as("patient.anna");
        assertEquals(404, annaApi.download(href).statusCode());
        assertEquals(404, annaApi.download("patients/" + anna + "/orders/" + id + "/files/" + fileId).statusCode());
        for (long guess = fileId - 2; guess <= fileId + 2; guess++) {
            assertEquals(404, annaApi.download("patients/" + anna + "/orders/" + id + "/files/" + guess).statusCode());
        }
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'patient.anna'"
                + " and patient_id = ? and action = 'ORDER_RESULT_FILE_VIEWED' and outcome = 'REFUSED'", ben));
        assertEquals(0, TestDatabase.count("select count(*) from audit_record where username = 'patient.anna'"
                + " and action = 'ORDER_RESULT_FILE_VIEWED' and outcome = 'SUCCESS'"));
        assertEquals(403, Api.as("patient.anna").postMultipart("patients/" + anna + "/orders/" + id + "/result",
                Map.of("report", "x"), null, null, null).status());
    }

    @Test
    void unreviewedResultsSurfaceToTheOrderingClinicianAbnormalFirstAndLeaveWhenReviewed() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long normal = order(anna, "BLOOD_INFECTION");
        long abnormal = order(anna, "BLOOD_RA");
        Api clinician = Api.as("clinician");
        assertEquals(200, clinician.postMultipart("patients/" + anna + "/orders/" + normal + "/result",
                Map.of("report", "CRP normal", "abnormal", "false"), null, null, null).status());
        assertEquals(200, upload(clinician, anna, abnormal, true, "application/pdf", PDF).status());

        JsonObject worklist = clinician.get("worklists/unreviewed-results").json();
        assertEquals(2, worklist.getInt("total"));
        assertEquals(abnormal, worklist.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, Api.as("physio").get("worklists/unreviewed-results").json().getInt("total"));
        assertEquals(403, Api.as("frontdesk").get("worklists/unreviewed-results").status());

        for (long id : new long[] {normal, abnormal}) {
            clinician.post("patients/" + anna + "/orders/" + id + "/transitions", "{\"to\":\"REVIEWED\"}");
        }
        assertEquals(0, clinician.get("worklists/unreviewed-results").json().getInt("total"));
    }
}
