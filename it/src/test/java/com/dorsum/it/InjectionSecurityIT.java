package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.dorsum.it.InjectionTestData.ADLER;
import static com.dorsum.it.InjectionTestData.at;
import static com.dorsum.it.InjectionTestData.book;
import static com.dorsum.it.InjectionTestData.booked;
import static com.dorsum.it.InjectionTestData.injections;
import static com.dorsum.it.InjectionTestData.performed;
import static com.dorsum.it.InjectionTestData.procedure;
import static com.dorsum.it.InjectionTestData.provider;
import static com.dorsum.it.InjectionTestData.weekdayOnOrAfter;
import static com.dorsum.it.InjectionTestData.weekdayOnOrBefore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what with injections: the front desk books the slot a clinician asked for and sees the counts but
 * never records a procedure; a patient cannot book and reads only their own history, through /me/injections.
 */
class InjectionSecurityIT extends ClinicDeployment {

    /** The pain physician cares for both demo patients (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(ReferralsIT.patientOf("patient.anna"), ReferralsIT.patientOf("patient.ben"));
    }

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void frontDeskBooksAndSeesCountsButCannotRecordTheProcedure() throws Exception {
        long patient = ReferralsIT.patientOf("patient.ben");
        long adler = provider(ADLER);
        Api frontDesk = Api.as("frontdesk");
        long booked = booked(frontDesk, patient, at(weekdayOnOrBefore(TODAY.minusDays(2)), 9), adler);
        String url = "patients/" + patient + "/injections/" + booked;

        Api.Reply refused = frontDesk.post(url + "/procedure",
                procedure(at(weekdayOnOrBefore(TODAY.minusDays(2)), 9), 25, adler));
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(1, TestDatabase.count("select count(*) from injection where id = ? and status = 'BOOKED'",
                booked));
        assertEquals(403, frontDesk.post(url + "/follow-up", "{\"checkedOn\":\"" + TODAY + "\",\"relief\":\"GOOD\"}")
                .status());
        assertEquals(403, frontDesk.post(url + "/complications",
                "{\"kind\":\"BLEEDING\",\"noticedOn\":\"" + TODAY + "\",\"severity\":\"MILD\"}").status());
        assertEquals(3, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'API_ACCESS' and outcome = 'REFUSED' and username = 'frontdesk'", patient));

        performed(patient, at(weekdayOnOrBefore(TODAY.minusDays(30)), 9), adler);
        JsonObject seen = injections(frontDesk, patient);
        assertEquals(2, seen.getInt("inLastSixMonths"));
        assertEquals(1, seen.getInt("remaining"));
        JsonObject done = seen.getJsonArray("items").getJsonObject(0);
        assertEquals("PERFORMED", done.getString("status"));
        assertFalse(done.containsKey("procedure"), "the procedure record is clinical: " + done);
        assertTrue(injections(Api.as("clinician"), patient).getJsonArray("items").getJsonObject(0)
                .containsKey("procedure"));
    }

    @Test
    void patientCannotBookAnInjection() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Api.Reply reply = book(Api.as("patient.anna"), anna, at(weekdayOnOrAfter(TODAY.plusDays(7)), 9),
                provider(ADLER));
        assertEquals(403, reply.status(), reply.toString());
        assertEquals(0, TestDatabase.count("select count(*) from injection where patient_id = ?", anna));
        assertEquals(403, book(Api.as("admin"), anna, at(weekdayOnOrAfter(TODAY.plusDays(7)), 9), provider(ADLER))
                .status());
        assertEquals(401, Api.anonymous().get("patients/" + anna + "/injections").status());
    }

    @Test
    void patientReadsOnlyTheirOwnInjectionsThroughMe() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long ben = ReferralsIT.patientOf("patient.ben");
        long adler = provider(ADLER);
        long annas = booked(Api.as("clinician"), anna, at(weekdayOnOrAfter(TODAY.plusDays(7)), 9), adler);
        booked(Api.as("clinician"), ben, at(weekdayOnOrAfter(TODAY.plusDays(7)), 10), adler);
        booked(Api.as("clinician"), ben, at(weekdayOnOrAfter(TODAY.plusDays(14)), 10), adler);

        Api.Reply mine = Api.as("patient.anna").get("me/injections");
        assertEquals(200, mine.status(), mine.toString());
        assertEquals(1, mine.json().getJsonArray("items").size());
        assertEquals(annas, mine.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, mine.json().getInt("remaining"));
        assertEquals(2, Api.as("patient.ben").get("me/injections").json().getJsonArray("items").size());

        assertEquals(403, Api.as("patient.anna").get("patients/" + ben + "/injections").status());
        assertEquals(403, Api.as("patient.anna").get("patients/" + anna + "/injections").status());
        assertEquals(403, Api.as("clinician").get("me/injections").status());
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'INJECTIONS_VIEWED' and username = 'patient.anna' and outcome = 'SUCCESS'", anna));
    }
}
