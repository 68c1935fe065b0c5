package com.dorsum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient portal's API: a patient reads and changes only their own plan, visits, calendar and diary; every
 * attempt on another patient's ids is refused as not found and audited; the calendar file is read back by ical4j.
 */
class PortalIT extends ClinicDeployment {

    /** Dr. Adler cares for both demo patients (R19); the physio does not. */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(ReferralsIT.patientOf("patient.anna"), ReferralsIT.patientOf("patient.ben"));
    }

    static final ZoneId CLINIC = ZoneId.of("Europe/Berlin");

    /** A day of the week that starts on the Monday after next (so Monday to Friday come in that order). */
    static LocalDateTime inTwoWeeks(DayOfWeek day, int hour) {
        return LocalDate.now(CLINIC).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day)).atTime(hour, 0);
    }

    /** Three hours ahead, on the calendar's five-minute grid. */
    private static LocalDateTime inThreeHours() {
        return LocalDateTime.now(CLINIC).plusHours(3).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    /** Books a visit and returns its appointment id; an injection through its own door, as R6 requires. */
    static long book(long patientId, String providerName, String kind, LocalDateTime start) throws Exception {
        if (kind.equals("INJECTION")) {
            Api.Reply injection = InjectionTestData.book(Api.as("clinician"), patientId, start, InjectionTestData.provider(providerName));
            assertEquals(201, injection.status(), injection.toString());
            return injection.json().getJsonNumber("appointmentId").longValue();
        }
        Api.Reply booked = Api.as("frontdesk").post("appointments", "{\"patientId\":" + patientId + ",\"providerId\":"
                + InjectionTestData.provider(providerName) + ",\"kind\":\"" + kind + "\",\"start\":\"" + start + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        return booked.json().getJsonNumber("id").longValue();
    }

    static long refusals(String username, long patientId, String action) throws Exception {
        return TestDatabase.count("select count(*) from audit_record where username = ? and patient_id = ?"
                + " and action = ? and outcome = 'REFUSED'", username, patientId, action);
    }

    @Test
    void patientReadsTheCurrentPlanWithTheCombinationWarningWhileTheClinicianSeesEveryVersion() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Api clinician = Api.as("clinician");
        long referral = clinician.post("patients/" + anna + "/referrals",
                "{\"specialty\":\"RHEUMATOLOGY\",\"reason\":\"Morning stiffness\",\"urgency\":\"ROUTINE\"}")
                .json().getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(CLINIC);
        Api.Reply first = clinician.post("patients/" + anna + "/plans", """
                {"problem":"Upper back strain from desk work","goals":"Work a full day without pain",
                 "courses":[{"therapy":"PHYSIOTHERAPY","sessionsPerWeek":2,"weeks":6}],
                 "homeCare":[{"template":"ICE","firstDay":"%1$s"},{"template":"WALKS","firstDay":"%1$s"}],
                 "medications":[{"medicine":"IBUPROFEN","dose":"400 mg every 6 hours with food","firstDay":"%1$s",
                                 "lastDay":"%2$s"},
                                {"medicine":"CYCLOBENZAPRINE","firstDay":"%1$s","lastDay":"%3$s"}],
                 "referralIds":[%4$d]}""".formatted(today, today.plusDays(9), today.plusDays(2), referral));
        assertEquals(201, first.status(), first.toString());
        assertEquals(1, first.json().getJsonArray("warnings").size());

        Api.Reply stale = clinician.post("patients/" + anna + "/plans", "{\"problem\":\"x\"}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("PLAN_CHANGED", stale.json().getString("code"));
        Api.Reply longNsaid = clinician.post("patients/" + anna + "/plans", """
                {"basedOnVersion":1,"problem":"Upper back strain",
                 "medications":[{"medicine":"NAPROXEN","firstDay":"%s","lastDay":"%s"}]}"""
                .formatted(today, today.plusDays(20)));
        assertEquals(400, longNsaid.status(), longNsaid.toString());
        assertEquals("medications[0].reason", longNsaid.json().getJsonArray("violations").getJsonObject(0)
                .getString("field"));
        assertEquals(201, clinician.post("patients/" + anna + "/plans", """
                {"basedOnVersion":1,"problem":"Upper back strain","goals":"Back to swimming",
                 "homeCare":[{"template":"STRETCHES","firstDay":"%s"}],"referralIds":[%d]}"""
                .formatted(today, referral)).status());

        JsonObject mine = Api.as("patient.anna").get("me/plan").json();
        assertEquals(2, mine.getInt("version"));
        assertEquals("Back to swimming", mine.getString("goals"));
        assertTrue(mine.getJsonArray("homeCare").getJsonObject(0).getString("instructions")
                .contains("about 30 seconds"));
        assertEquals("Being prepared by your clinician", mine.getJsonArray("referrals").getJsonObject(0)
                .getString("statusForPatient"));
        assertEquals(2, clinician.get("patients/" + anna + "/plans").json().getInt("total"));
        JsonArray firstVersion = clinician.get("patients/" + anna + "/plans").json().getJsonArray("items")
                .getJsonObject(1).getJsonArray("warnings");
        assertTrue(firstVersion.getString(0).startsWith("Warning: do not take Cyclobenzaprine"), firstVersion.toString());

        assertEquals(404, Api.as("patient.ben").get("me/plan").status());
        assertEquals(403, Api.as("patient.anna").get("patients/" + anna + "/plans").status());
        assertEquals(403, Api.as("frontdesk").post("patients/" + anna + "/plans", "{}").status());
    }

    @Test
    void patientKeepsADiaryThatNoOtherPatientCanReadChangeOrDelete() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        Api annaApi = Api.as("patient.anna");
        LocalDate today = LocalDate.now(CLINIC);
        Api.Reply added = annaApi.post("me/diary", """
                {"date":"%s","pain":6,"location":"BETWEEN_SHOULDER_BLADES","side":"LEFT","activity":"gardening",
                 "medication":"ibuprofen 400","sleepHours":6.5,"stress":4,"notes":"worse in the evening"}"""
                .formatted(today.minusDays(1)));
        assertEquals(201, added.status(), added.toString());
        long entry = added.json().getJsonNumber("id").longValue();
        assertTrue(added.header("Location").endsWith("/me/diary/" + entry));

        Api.Reply invalid = annaApi.post("me/diary", "{\"date\":\"" + today.plusDays(1) + "\",\"pain\":11}");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(2, invalid.json().getJsonArray("violations").size());

        Api ben = Api.as("patient.ben");
        assertEquals(0, ben.get("me/diary").json().getInt("total"));
        assertEquals(404, ben.get("me/diary/" + entry).status());
        assertEquals(404, ben.put("me/diary/" + entry, "{\"date\":\"" + today + "\",\"pain\":0}").status());
        assertEquals(404, ben.delete("me/diary/" + entry).status());
        assertEquals(1, refusals("patient.ben", anna, "DIARY_VIEWED"));
        assertEquals(1, refusals("patient.ben", anna, "DIARY_ENTRY_CHANGED"));
        assertEquals(1, refusals("patient.ben", anna, "DIARY_ENTRY_DELETED"));
        assertEquals(6, TestDatabase.count("select pain from diary_entry where id = ?", entry));

        Api.Reply corrected = annaApi.put("me/diary/" + entry, "{\"date\":\"" + today.minusDays(1)
                + "\",\"pain\":5,\"location\":\"UPPER_BACK\"}");
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(5, corrected.json().getInt("pain"));
        String csv = annaApi.text("me/diary.csv").response().body();
        assertTrue(csv.startsWith("date,pain,location"), csv);
        assertTrue(csv.contains(today.minusDays(1) + ",5,UPPER_BACK"), csv);
        assertEquals("%PDF", new String(annaApi.download("me/diary.pdf").body(), 0, 4));
        assertEquals(204, annaApi.delete("me/diary/" + entry).status());
        assertEquals(0, annaApi.get("me/diary").json().getInt("total"));
        assertEquals(403, Api.as("frontdesk").get("diaries").status());
    }

    @Test
    void patientSeesOnlyOwnVisitsAndTheirCalendarParsesWithTheClinicsZone() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long ben = ReferralsIT.patientOf("patient.ben");
        LocalDateTime physio = inTwoWeeks(DayOfWeek.TUESDAY, 9);
        LocalDateTime injection = inTwoWeeks(DayOfWeek.WEDNESDAY, 11);
        long physioId = book(anna, "Jakob Berger", "PHYSIOTHERAPY", physio);
        long injectionId = book(anna, "Dr. Helena Adler", "INJECTION", injection);
        book(ben, "Sofia Conrad", "PHYSIOTHERAPY", physio);

        JsonArray mine = Api.as("patient.anna").get("me/appointments").json().getJsonArray("items");
        assertEquals(List.of(physioId, injectionId), mine.stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals("Jakob Berger", mine.getJsonObject(0).getString("providerName"));
        assertEquals("Facet-joint injection", mine.getJsonObject(1).getString("what"));
        assertTrue(Api.as("patient.ben").get("me/appointments").json().getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getJsonNumber("patientId").longValue() == ben));

        Api.Reply ics = Api.as("patient.anna").text("me/appointments.ics");
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.header("Content-Type").startsWith("text/calendar"));
        assertCalendar(ics.response().body(), physio, injection);
        assertFalse(Api.as("patient.ben").text("me/appointments.ics").response().body()
                .contains("appointment-" + physioId + "@"));
        assertEquals(401, Api.anonymous().text("me/appointments.ics").status());

        Api.Reply subscription = Api.as("patient.anna").post("me/calendar-subscription", "{}");
        assertEquals(200, subscription.status(), subscription.toString());
        String url = subscription.json().getString("url");
        assertTrue(subscription.json().getString("webcal").startsWith("webcal://"));
        String path = URI.create(url).getPath().replaceFirst("^.*/api/v1/", "");
        Api.Reply subscribed = Api.anonymous().text(path);
        assertEquals(200, subscribed.status(), subscribed.toString());
        assertCalendar(subscribed.response().body(), physio, injection);
        Api.as("patient.anna").post("me/calendar-subscription", "{}");
        assertEquals(404, Api.anonymous().text(path).status(), "a renewed link replaces the old one");
    }

    private static void assertCalendar(String ics, LocalDateTime physio, LocalDateTime injection) throws Exception {
        assertTrue(ics.contains("\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "only CRLF line ends");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
        for (int i = 0; i < 2; i++) {
            VEvent event = events.get(i);
            DtStart<Temporal> start = event.getStartDate().orElseThrow();
            assertEquals("Europe/Berlin", start.getParameter(Parameter.TZID).map(p -> ((TzId) p).getValue())
                    .orElseThrow());
            ZonedDateTime at = (ZonedDateTime) start.getDate();
            assertEquals((i == 0 ? physio : injection).atZone(CLINIC).toInstant(), at.toInstant());
            assertTrue(event.getProperty(Property.UID).orElseThrow().getValue().startsWith("appointment-"));
            assertTrue(event.getProperty(Property.DTSTAMP).isPresent());
        }
        assertTrue(events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue()
                .startsWith("Facet-joint injection with Dr. Helena Adler"));
    }

    @Test
    void visitMoreThanADayAheadIsCancelledAtOnceAndALateRequestWaitsForTheFrontDesk() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long early = book(anna, "Dr. Marc Dorn", "CHIROPRACTIC", inTwoWeeks(DayOfWeek.MONDAY, 10));
        long late = book(anna, "Lea Engel", "OSTEOPATHY", inTwoWeeks(DayOfWeek.THURSDAY, 10));
        long moved = book(anna, "Tom Fuchs", "MASSAGE", inTwoWeeks(DayOfWeek.FRIDAY, 10));
        // The late visit is (made to look) due in three hours.
        TestDatabase.update("update appointment set starts_at = ?, ends_at = ? where id = ?",
                inThreeHours(), inThreeHours().plusMinutes(30), late);
        Api annaApi = Api.as("patient.anna");

        Api.Reply cancelled = annaApi.post("me/appointments/" + early + "/change-requests",
                "{\"kind\":\"CANCEL\",\"note\":\"I have a cold\"}");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("APPLIED", cancelled.json().getString("status"));
        assertEquals(1, TestDatabase.count("select count(*) from appointment where id = ? and status = 'CANCELLED'"
                + " and late_cancellation = false", early));

        LocalDateTime newTime = inTwoWeeks(DayOfWeek.FRIDAY, 13);
        Api.Reply movedReply = annaApi.post("me/appointments/" + moved + "/change-requests",
                "{\"kind\":\"MOVE\",\"start\":\"" + newTime + "\"}");
        assertEquals(200, movedReply.status(), movedReply.toString());
        assertEquals(1, TestDatabase.count("select count(*) from appointment where id = ? and starts_at = ?",
                moved, newTime));

        Api.Reply waiting = annaApi.post("me/appointments/" + late + "/change-requests", "{\"kind\":\"CANCEL\"}");
        assertEquals(202, waiting.status(), waiting.toString());
        assertEquals("WAITING", waiting.json().getString("status"));
        assertEquals(409, annaApi.post("me/appointments/" + late + "/change-requests", "{\"kind\":\"CANCEL\"}")
                .status());
        assertEquals(403, annaApi.post("appointments/" + late + "/cancel", "{\"reason\":\"x\"}").status(),
                "the staff door stays closed to patients");

        Api.Reply refused = Api.as("patient.ben").post("me/appointments/" + late + "/change-requests",
                "{\"kind\":\"CANCEL\"}");
        assertEquals(404, refused.status(), refused.toString());
        assertEquals(1, refusals("patient.ben", anna, "VISIT_CHANGE_REQUESTED"));

        JsonArray queue = Api.as("frontdesk").get("visit-change-requests").json().getJsonArray("items");
        assertEquals(1, queue.size());
        long request = queue.getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply carriedOut = Api.as("frontdesk").post("visit-change-requests/" + request + "/carry-out", "{}");
        assertEquals(200, carriedOut.status(), carriedOut.toString());
        assertEquals("DONE", carriedOut.json().getString("status"));
        assertEquals(1, TestDatabase.count("select count(*) from appointment where id = ? and status = 'CANCELLED'"
                + " and late_cancellation = true", late));
        assertEquals(0, Api.as("frontdesk").get("visit-change-requests").json().getInt("total"));
        assertEquals(403, annaApi.get("visit-change-requests").status());
    }

    @Test
    void frontDeskOpensAPortalAccountWhoseCodeWorksOnceWithAStrongPassword() throws Exception {
        long clara = TestDatabase.count("select id from patient where given_name = 'Clara' order by id limit 1");
        Api.Reply opened = Api.as("frontdesk").post("patients/" + clara + "/portal-account",
                "{\"username\":\"clara.c\"}");
        assertEquals(201, opened.status(), opened.toString());
        String code = opened.json().getString("code");
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        assertEquals(401, Api.as("clara.c", "anything-at-all").get("me/plan").status());

        Api.Reply weak = Api.anonymous().post("portal-account/activation",
                "{\"username\":\"clara.c\",\"code\":\"" + code + "\",\"password\":\"short\"}");
        assertEquals(400, weak.status(), weak.toString());
        assertEquals("VALIDATION", weak.json().getString("code"));
        for (String common : List.of("Qwerty123!", "P@ssw0rd123", "Summer2026!")) {
            Api.Reply guessable = Api.anonymous().post("portal-account/activation",
                    "{\"username\":\"clara.c\",\"code\":\"" + code + "\",\"password\":\"" + common + "\"}");
            assertEquals(400, guessable.status(), guessable.toString());
            assertTrue(guessable.json().getJsonArray("violations").getJsonObject(0).getString("message")
                    .startsWith("This password is too easy to guess"), guessable.toString());
        }
        Api.Reply wrong = Api.anonymous().post("portal-account/activation",
                "{\"username\":\"clara.c\",\"code\":\"AAAA-BBBB-CCCC\",\"password\":\"Rucksack-2931\"}");
        assertEquals("ACTIVATION_REFUSED", wrong.json().getString("code"), wrong.toString());
        Api.Reply activated = Api.anonymous().post("portal-account/activation",
                "{\"username\":\"clara.c\",\"code\":\"" + code.toLowerCase().replace("-", " ")
                        + "\",\"password\":\"Rucksack-2931\"}");
        assertEquals(204, activated.status(), activated.toString());
        assertEquals(404, Api.as("clara.c", "Rucksack-2931").get("me/plan").status(), "signed in, no plan yet");
        assertEquals(400, Api.anonymous().post("portal-account/activation", "{\"username\":\"clara.c\",\"code\":\""
                + code + "\",\"password\":\"Another-Pass-77\"}").status(), "the code works once");
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where action = 'PORTAL_ACCOUNT_ACTIVATED'"
                + " and outcome = 'SUCCESS' and patient_id = ?", clara));
        assertEquals(403, Api.as("patient.anna").post("patients/" + clara + "/portal-account", "{}").status());
    }

    @Test
    void clinicianSeesTheDiaryOfPatientsInCareFlaggedWhenPainStaysHighAfterAnInjection() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long injection = book(anna, "Dr. Helena Adler", "INJECTION", inTwoWeeks(DayOfWeek.TUESDAY, 9));
        LocalDate injected = LocalDate.now(CLINIC).minusDays(7);
        TestDatabase.update("update appointment set starts_at = ?, ends_at = ?, status = 'DONE' where id = ?",
                injected.atTime(9, 0), injected.atTime(9, 30), injection);
        Api annaApi = Api.as("patient.anna");
        for (int day = 1; day <= 6; day++) {
            assertEquals(201, annaApi.post("me/diary", "{\"date\":\"" + injected.plusDays(day) + "\",\"pain\":"
                    + (day <= 3 ? 9 : 8) + "}").status());
        }
        JsonObject overview = Api.as("clinician").get("diaries").json();
        JsonObject first = overview.getJsonArray("items").getJsonObject(0);
        assertEquals(anna, first.getJsonNumber("patientId").longValue(), overview.toString());
        assertEquals("HIGH_AFTER_INJECTION", first.getJsonArray("flags").getJsonObject(0).getString("kind"));
        assertEquals(6, Api.as("clinician").get("diaries/" + anna).json().getJsonArray("items").size());

        Api.Reply notInCare = Api.as("physio").get("diaries/" + anna);
        assertEquals(403, notInCare.status(), notInCare.toString());
        assertEquals("NOT_IN_CARE", notInCare.json().getString("code"));
        assertEquals(1, refusals("physio", anna, "DIARY_VIEWED"));
    }
}
