package com.dorsum.it;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.dorsum.it.InjectionTestData.ADLER;
import static com.dorsum.it.InjectionTestData.at;
import static com.dorsum.it.InjectionTestData.book;
import static com.dorsum.it.InjectionTestData.booked;
import static com.dorsum.it.InjectionTestData.patient;
import static com.dorsum.it.InjectionTestData.provider;
import static com.dorsum.it.InjectionTestData.weekdayOnOrAfter;
import static com.dorsum.it.InjectionTestData.weekdayOnOrBefore;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dates with sense (issue 10, finding 8): nothing is booked in the past or more than two years ahead, by any door;
 * a visit is checked in only on its day and marked done on or after it; an injection is not moved into the past.
 */
class BookingWindowIT extends ClinicDeployment {

    private static final LocalDate TODAY = LocalDate.now(PortalIT.CLINIC);

    private static String visit(long patientId, long providerId, String kind, LocalDateTime start) {
        return "{\"patientId\":" + patientId + ",\"providerId\":" + providerId + ",\"kind\":\"" + kind
                + "\",\"start\":\"" + start + "\"}";
    }

    private static void assertOutsideWindow(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        assertEquals("OUTSIDE_BOOKING_WINDOW", reply.json().getString("code"), reply.toString());
    }

    private static void assertNotOnVisitDay(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        assertEquals("NOT_ON_VISIT_DAY", reply.json().getString("code"), reply.toString());
    }

    private static long appointments() throws Exception {
        return TestDatabase.count("select count(*) from appointment");
    }

    private static String status(long appointmentId) throws Exception {
        try (var c = TestDatabase.connect(); var s = c.prepareStatement("select status from appointment where id = ?")) {
            s.setLong(1, appointmentId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void injectionIn1900IsRefusedAndNothingIsStored() throws Exception {
        long patient = patient(3);
        CareTeamTestData.clinicianCaresFor(patient);
        long injections = TestDatabase.count("select count(*) from injection");
        long before = appointments();
        assertOutsideWindow(book(Api.as("clinician"), patient, LocalDateTime.parse("1900-01-01T10:00"),
                provider(ADLER)));
        assertEquals(injections, TestDatabase.count("select count(*) from injection"));
        assertEquals(before, appointments());
    }

    @Test
    void visitInThePastOrMoreThanTwoYearsAheadIsRefused() throws Exception {
        long physio = AppointmentsIT.providerNamed("Jakob Berger");
        long patient = patient(4);
        Api frontDesk = Api.as("frontdesk");
        long before = appointments();
        assertOutsideWindow(frontDesk.post("appointments", visit(patient, physio, "PHYSIOTHERAPY",
                at(weekdayOnOrBefore(TODAY.minusDays(1)), 10))));
        assertOutsideWindow(frontDesk.post("appointments", visit(patient, physio, "PHYSIOTHERAPY",
                at(weekdayOnOrAfter(TODAY.plusDays(731)), 10))));
        assertEquals(before, appointments());
        Api.Reply withinTwoYears = frontDesk.post("appointments", visit(patient, physio, "PHYSIOTHERAPY",
                at(weekdayOnOrBefore(TODAY.plusDays(725)), 10)));
        assertEquals(201, withinTwoYears.status(), withinTwoYears.toString());
    }

    @Test
    void courseStartingInThePastOrRunningBeyondTwoYearsIsRefused() throws Exception {
        long patient = patient(5);
        long courses = TestDatabase.count("select count(*) from course");
        Api frontDesk = Api.as("frontdesk");
        assertOutsideWindow(frontDesk.post("courses", "{\"patientId\":" + patient + ",\"therapy\":\"PHYSIOTHERAPY\","
                + "\"sessionsPerWeek\":2,\"weeks\":4,\"startDate\":\"" + TODAY.minusWeeks(1) + "\"}"));
        assertOutsideWindow(frontDesk.post("courses", "{\"patientId\":" + patient + ",\"therapy\":\"PHYSIOTHERAPY\","
                + "\"sessionsPerWeek\":2,\"weeks\":8,\"startDate\":\"" + TODAY.plusDays(700) + "\"}"));
        assertEquals(courses, TestDatabase.count("select count(*) from course"));
    }

    @Test
    void visitIsNotMovedIntoThePast() throws Exception {
        long physio = AppointmentsIT.providerNamed("Jakob Berger");
        LocalDateTime start = at(weekdayOnOrAfter(TODAY.plusDays(7)), 11);
        long id = Api.as("frontdesk").post("appointments", visit(patient(6), physio, "PHYSIOTHERAPY", start))
                .json().getJsonNumber("id").longValue();
        assertOutsideWindow(Api.as("frontdesk").post("appointments/" + id + "/reschedule",
                "{\"start\":\"" + at(weekdayOnOrBefore(TODAY.minusDays(3)), 11) + "\"}"));
        assertEquals(1, TestDatabase.count("select count(*) from appointment where id = ? and starts_at = ?", id,
                start));
    }

    @Test
    void injectionIsNotMovedIntoThePast() throws Exception {
        long patient = patient(7);
        CareTeamTestData.clinicianCaresFor(patient);
        LocalDateTime start = at(weekdayOnOrAfter(TODAY.plusDays(7)), 10);
        long injection = booked(Api.as("clinician"), patient, start, provider(ADLER));
        assertOutsideWindow(Api.as("frontdesk").post("patients/" + patient + "/injections/" + injection + "/move",
                "{\"start\":\"" + at(weekdayOnOrBefore(TODAY.minusDays(7)), 10) + "\"}"));
        assertEquals(1, TestDatabase.count("select count(*) from injection where id = ? and starts_at = ?",
                injection, start));
    }

    @Test
    void visitAWeekAheadIsNeitherCheckedInNorDone() throws Exception {
        long physio = AppointmentsIT.providerNamed("Jakob Berger");
        Api frontDesk = Api.as("frontdesk");
        long id = frontDesk.post("appointments", visit(patient(8), physio, "PHYSIOTHERAPY",
                at(weekdayOnOrAfter(TODAY.plusDays(7)), 9))).json().getJsonNumber("id").longValue();
        assertNotOnVisitDay(frontDesk.post("appointments/" + id + "/check-in", "{}"));
        assertNotOnVisitDay(frontDesk.post("appointments/" + id + "/done", "{}"));
        assertEquals("BOOKED", status(id));
    }

    @Test
    void visitIsCheckedInOnItsDayAndMarkedDoneOnItOrLater() throws Exception {
        long physio = AppointmentsIT.providerNamed("Jakob Berger");
        Api frontDesk = Api.as("frontdesk");
        LocalDateTime ahead = at(weekdayOnOrAfter(TODAY.plusDays(7)), 9);
        long today = frontDesk.post("appointments", visit(patient(9), physio, "PHYSIOTHERAPY", ahead))
                .json().getJsonNumber("id").longValue();
        TestDatabase.moveAppointment(today, TODAY.atStartOfDay());
        Api.Reply checkedIn = frontDesk.post("appointments/" + today + "/check-in", "{}");
        assertEquals(200, checkedIn.status(), checkedIn.toString());
        Api.Reply doneToday = frontDesk.post("appointments/" + today + "/done", "{}");
        assertEquals(200, doneToday.status(), doneToday.toString());

        long yesterday = frontDesk.post("appointments", visit(patient(10), physio, "PHYSIOTHERAPY", ahead))
                .json().getJsonNumber("id").longValue();
        TestDatabase.moveAppointment(yesterday, TODAY.minusDays(1).atTime(9, 0));
        assertNotOnVisitDay(frontDesk.post("appointments/" + yesterday + "/check-in", "{}"));
        Api.Reply doneLater = frontDesk.post("appointments/" + yesterday + "/done", "{}");
        assertEquals(200, doneLater.status(), doneLater.toString());
        assertEquals("DONE", status(yesterday));
    }
}
