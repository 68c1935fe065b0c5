package com.dorsum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.dorsum.it.AppointmentsIT.nextMondayAt;
import static com.dorsum.it.AppointmentsIT.patient;
import static com.dorsum.it.AppointmentsIT.providerNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Therapy courses through the API against the real database (R1-R5): booked whole or not at all, refused with
 * the failing weeks and alternatives, changed session by session, ended, extended, completed; never a double
 * booking, even with twenty front-desk users booking at once.
 */
class CoursesIT extends ClinicDeployment {

    static final LocalDate START = nextMondayAt(9).toLocalDate().plusWeeks(1);

    static String physiotherapy(long patientId, long providerId, int perWeek, int weeks, String extra) {
        return "{\"patientId\":" + patientId + ",\"therapy\":\"PHYSIOTHERAPY\",\"providerId\":" + providerId
                + ",\"sessionsPerWeek\":" + perWeek + ",\"weeks\":" + weeks + ",\"startDate\":\"" + START + "\""
                + extra + "}";
    }

    static JsonObject book(String course) {
        Api.Reply reply = Api.as("frontdesk").post("courses", course);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    /** A local date-time field, whatever its precision ("09:30" or "09:30:00"). */
    static LocalDateTime time(JsonObject json, String field) {
        return LocalDateTime.parse(json.getString(field));
    }

    private static long appointmentId(JsonObject course, int session) {
        return course.getJsonArray("sessions").getJsonObject(session).getJsonNumber("appointmentId").longValue();
    }

    private static String start(JsonObject course, int session) {
        return course.getJsonArray("sessions").getJsonObject(session).getString("start");
    }

    @Test
    void frontDeskBooksATwoPerWeekSixWeekPhysiotherapyCourseOfTwelveSessionsInOneStep() throws Exception {
        long berger = providerNamed("Jakob Berger");
        long patient = patient(10);
        Api.Reply reply = Api.as("frontdesk").post("courses", physiotherapy(patient, berger, 2, 6, ""));

        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Location").endsWith("/courses/" + reply.json().getJsonNumber("id")));
        JsonObject course = reply.json();
        assertEquals("ACTIVE", course.getString("status"));
        JsonArray sessions = course.getJsonArray("sessions");
        assertEquals(12, sessions.size());
        assertEquals(LocalDateTime.parse(START + "T08:00"), time(sessions.getJsonObject(0), "start"));
        assertEquals(LocalDateTime.parse(START + "T08:45"), time(sessions.getJsonObject(0), "end"));
        assertEquals(LocalDateTime.parse(START.plusDays(3) + "T08:00"), time(sessions.getJsonObject(1), "start"));
        assertEquals(12, TestDatabase.count("select count(*) from appointment where course_id = ?"
                + " and provider_id = ? and status = 'BOOKED'", course.getJsonNumber("id").longValue(), berger));
        assertEquals(12 * 9 * 3, TestDatabase.count("select count(*) from slot_claim c join appointment a"
                + " on a.id = c.appointment_id where a.course_id = ?", course.getJsonNumber("id").longValue()));

        Api.Reply calendar = Api.as("frontdesk").get("appointments?providerId=" + berger + "&from=" + START
                + "&to=" + START.plusWeeks(6));
        assertEquals(12, calendar.json().getJsonArray("items").size());
        assertEquals(course.getJsonNumber("id").longValue(), calendar.json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("courseId").longValue());
    }

    @Test
    void dryRunProposesTheSessionsAndBooksNothing() throws Exception {
        long patient = patient(11);
        Api.Reply reply = Api.as("frontdesk").post("courses?dryRun=true", physiotherapy(patient,
                providerNamed("Sofia Conrad"), 3, 4, ",\"preferredDays\":[\"TUESDAY\",\"THURSDAY\",\"FRIDAY\"],"
                        + "\"earliest\":\"14:00\",\"latest\":\"16:30\""));

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("PROPOSED", reply.json().getString("status"));
        JsonArray sessions = reply.json().getJsonArray("sessions");
        assertEquals(12, sessions.size());
        assertFalse(sessions.getJsonObject(0).containsKey("appointmentId"));
        assertEquals(LocalDateTime.parse(START.plusDays(1) + "T14:00"), time(sessions.getJsonObject(0), "start"));
        assertEquals(0, TestDatabase.count("select count(*) from appointment where patient_id = ?", patient));
        assertEquals(0, TestDatabase.count("select count(*) from course where patient_id = ?", patient));
    }

    @Test
    void patternAgainstR1IsRefusedAsCourseRules() throws Exception {
        Api.Reply reply = Api.as("frontdesk").post("courses",
                physiotherapy(patient(12), providerNamed("Jakob Berger"), 4, 6, ""));

        assertEquals(422, reply.status(), reply.toString());
        assertEquals("COURSE_RULES", reply.json().getString("code"));
        assertEquals("R1", reply.json().getString("rule"));
        assertTrue(reply.json().getString("detail").contains("2 to 3 sessions a week"));
    }

    @Test
    void courseThatCannotBePlacedIsRefusedWithTheFailingWeekAndAlternativesAndNothingIsBooked() throws Exception {
        long berger = providerNamed("Jakob Berger");
        long patient = patient(13);
        TestDatabase.update("insert into provider_absence (version, provider_id, first_day, last_day, reason,"
                + " created_at, created_by, updated_at, updated_by) values (0, ?, ?, ?, 'training', now(), 'test',"
                + " now(), 'test')", berger, START.plusWeeks(2), START.plusWeeks(2).plusDays(4));
        Api.Reply reply = Api.as("frontdesk").post("courses", physiotherapy(patient, berger, 2, 6, ""));

        assertEquals(409, reply.status(), reply.toString());
        assertEquals("COURSE_UNSCHEDULABLE", reply.json().getString("code"));
        JsonArray weeks = reply.json().getJsonArray("weeks");
        assertEquals(1, weeks.size());
        JsonObject week = weeks.getJsonObject(0);
        assertEquals(3, week.getInt("week"));
        assertEquals(START.plusWeeks(2).toString(), week.getString("from"));
        assertEquals(0, week.getInt("placed"));
        assertTrue(week.getJsonArray("reasons").getString(0).contains("Jakob Berger is absent"), week.toString());
        JsonArray alternatives = reply.json().getJsonArray("alternatives");
        JsonObject otherProvider = alternatives.getJsonObject(0);
        assertEquals("OTHER_PROVIDER", otherProvider.getString("kind"));
        assertEquals(providerNamed("Sofia Conrad"), otherProvider.getJsonNumber("providerId").longValue());
        assertTrue(alternatives.stream().anyMatch(a -> a.asJsonObject().getString("kind").equals("LATER_START")));
        assertEquals(0, TestDatabase.count("select count(*) from appointment where patient_id = ?", patient));

        Api.Reply withConrad = Api.as("frontdesk").post("courses",
                physiotherapy(patient, otherProvider.getJsonNumber("providerId").longValue(), 2, 6, ""));
        assertEquals(201, withConrad.status(), withConrad.toString());
    }

    @Test
    void sessionMovesWithinItsWeekButNotWhenThatLeavesAWeekWithOneSession() throws Exception {
        JsonObject course = book(physiotherapy(patient(14), providerNamed("Jakob Berger"), 2, 4, ""));
        long monday = appointmentId(course, 0);

        Api.Reply moved = Api.as("frontdesk").post("appointments/" + monday + "/reschedule",
                "{\"start\":\"" + START.plusDays(1) + "T11:00\"}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(LocalDateTime.parse(START.plusDays(1) + "T11:00"), time(moved.json(), "start"));

        Api.Reply refused = Api.as("frontdesk").post("appointments/" + monday + "/reschedule",
                "{\"start\":\"" + START.plusWeeks(1).plusDays(2) + "T11:00\"}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("COURSE_RULES", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").contains("week 1 of the course would be left with 1 session"));

        Api.Reply sameDay = Api.as("frontdesk").post("appointments/" + monday + "/reschedule",
                "{\"start\":\"" + start(course, 1) + "\"}");
        assertEquals(422, sameDay.status(), sameDay.toString());
        assertEquals(0, TestDatabase.overlappingBookings());
    }

    @Test
    void cancelledSessionIsOfferedToTheWaitlistWhichBooksIt() throws Exception {
        long waiting = patient(16);
        Api frontDesk = Api.as("frontdesk");
        Api.Reply wish = frontDesk.post("waitlist", "{\"patientId\":" + waiting
                + ",\"therapy\":\"PHYSIOTHERAPY\",\"partOfDay\":\"MORNING\"}");
        assertEquals(201, wish.status(), wish.toString());
        JsonObject course = book(physiotherapy(patient(15), providerNamed("Jakob Berger"), 2, 4, ""));

        Api.Reply cancelled = frontDesk.post("appointments/" + appointmentId(course, 2) + "/cancel",
                "{\"reason\":\"patient is travelling\"}");
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled.toString());
        assertFalse(cancelled.json().getBoolean("lateCancellation"));

        JsonObject entry = frontDesk.get("waitlist").json().getJsonArray("items").getJsonObject(0);
        assertEquals("OFFERED", entry.getString("status"));
        assertEquals(start(course, 2), entry.getString("offeredStart"));
        Api.Reply booked = frontDesk.post("waitlist/" + entry.getJsonNumber("id") + "/book", "{}");
        assertEquals(200, booked.status(), booked.toString());
        assertEquals(waiting, booked.json().getJsonNumber("patientId").longValue());
        assertEquals(start(course, 2), booked.json().getString("start"));
        assertEquals(0, TestDatabase.overlappingBookings());
    }

    @Test
    void endingACourseEarlyCancelsEverySessionStillToCome() throws Exception {
        JsonObject course = book(physiotherapy(patient(17), providerNamed("Sofia Conrad"), 3, 4, ""));
        long id = course.getJsonNumber("id").longValue();

        Api.Reply ended = Api.as("frontdesk").post("courses/" + id + "/cancel", "{\"reason\":\"moved away\"}");
        assertEquals(200, ended.status(), ended.toString());
        assertEquals("CANCELLED", ended.json().getString("status"));
        assertEquals(12, ended.json().getJsonObject("progress").getInt("cancelled"));
        assertEquals(0, TestDatabase.count("select count(*) from slot_claim c join appointment a"
                + " on a.id = c.appointment_id where a.course_id = ?", id));
        assertEquals(409, Api.as("frontdesk").post("courses/" + id + "/cancel", "{\"reason\":\"again\"}").status());
    }

    @Test
    void courseIsExtendedWithinEightWeeksAndNoFurther() throws Exception {
        JsonObject course = book(physiotherapy(patient(18), providerNamed("Jakob Berger"), 2, 6, ""));
        long id = course.getJsonNumber("id").longValue();

        Api.Reply extended = Api.as("frontdesk").post("courses/" + id + "/extend", "{\"weeks\":2}");
        assertEquals(200, extended.status(), extended.toString());
        assertEquals(8, extended.json().getInt("weeks"));
        assertEquals(16, extended.json().getJsonArray("sessions").size());
        assertEquals(LocalDateTime.parse(START.plusWeeks(6) + "T08:00"),
                time(extended.json().getJsonArray("sessions").getJsonObject(12), "start"));

        Api.Reply refused = Api.as("frontdesk").post("courses/" + id + "/extend", "{\"weeks\":1}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("COURSE_RULES", refused.json().getString("code"));
    }

    @Test
    void completedChiropracticSeriesWithoutReliefAdmitsASurgicalReferral() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        CareTeamTestData.clinicianCaresFor(anna);
        JsonObject series = book("{\"patientId\":" + anna + ",\"therapy\":\"CHIROPRACTIC\",\"sessions\":3,"
                + "\"startDate\":\"" + START + "\"}");
        long id = series.getJsonNumber("id").longValue();
        Api clinician = Api.as("clinician");
        String surgery = "{\"specialty\":\"SURGERY\",\"reason\":\"No relief after a chiropractic series\","
                + "\"urgency\":\"ROUTINE\"}";
        assertEquals(422, clinician.post("patients/" + anna + "/referrals", surgery).status());

        Api.Reply early = clinician.post("courses/" + id + "/complete", "{\"outcome\":\"NO_ADEQUATE_RELIEF\"}");
        assertEquals(409, early.status(), early.toString());
        TestDatabase.update("update appointment set status = 'DONE' where course_id = ?", id);
        assertEquals(403, Api.as("frontdesk").post("courses/" + id + "/complete",
                "{\"outcome\":\"NO_ADEQUATE_RELIEF\"}").status());
        Api.Reply completed = clinician.post("courses/" + id + "/complete",
                "{\"outcome\":\"NO_ADEQUATE_RELIEF\",\"note\":\"pain unchanged\"}");
        assertEquals("COMPLETED", completed.json().getString("status"), completed.toString());

        Api.Reply referral = clinician.post("patients/" + anna + "/referrals", surgery);
        assertEquals(201, referral.status(), referral.toString());
    }

    @Test
    void patientReadsOwnCoursesOnlyAndCannotBook() throws Exception {
        long anna = ReferralsIT.patientOf("patient.anna");
        long ben = ReferralsIT.patientOf("patient.ben");
        long annas = book(physiotherapy(anna, providerNamed("Jakob Berger"), 2, 4, "")).getJsonNumber("id").longValue();
        long bens = book(physiotherapy(ben, providerNamed("Sofia Conrad"), 2, 4, "")).getJsonNumber("id").longValue();

        assertEquals(200, Api.as("patient.anna").get("courses/" + annas).status());
        assertEquals(404, Api.as("patient.anna").get("courses/" + bens).status());
        assertEquals(403, Api.as("patient.anna").post("courses", physiotherapy(anna, 1, 2, 4, "")).status());
        assertEquals(1, Api.as("frontdesk").get("courses?patientId=" + anna).json().getInt("total"));
    }

    @Test
    void twentyConcurrentCourseBookingsOverTheSameSlotsLeaveNoOverlap() throws Exception {
        long conrad = providerNamed("Sofia Conrad");
        List<String> courses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            courses.add(physiotherapy(patient(20 + i), conrad, 2, 4,
                    ",\"preferredDays\":[\"MONDAY\",\"THURSDAY\"],\"earliest\":\"10:00\",\"latest\":\"10:45\""));
        }
        List<Integer> statuses = Api.as("frontdesk").postAllAtOnce("courses", courses);

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(0, TestDatabase.overlappingBookings());
        assertEquals(8, TestDatabase.count("select count(*) from appointment where course_id is not null"));
        assertEquals(1, TestDatabase.count("select count(*) from course"));
    }
}
