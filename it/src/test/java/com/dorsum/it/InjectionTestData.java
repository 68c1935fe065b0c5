package com.dorsum.it;

import jakarta.json.JsonObject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds facet-joint injections for the tests through the API, on days the pain physicians work. */
final class InjectionTestData {

    static final String ADLER = "Dr. Helena Adler";
    static final String IVEN = "Dr. Oskar Iven";

    /** How far ahead an injection meant for the past is booked before it is moved back (within the horizon). */
    private static final int HISTORY_WEEKS = 52;

    private InjectionTestData() {
    }

    static long provider(String name) throws Exception {
        return TestDatabase.count("select id from provider where name = ?", name);
    }

    static long patient(int n) throws Exception {
        return TestDatabase.count("select id from patient order by id limit 1 offset " + n);
    }

    /** The weekday on or before the given day (the physicians work Monday to Friday). */
    static LocalDate weekdayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0));
    }

    static String booking(LocalDateTime start, String level, String side, long providerId) {
        return "{\"start\":\"" + start + "\",\"level\":\"" + level + "\",\"side\":\"" + side + "\",\"providerId\":"
                + providerId + "}";
    }

    static Api.Reply book(Api who, long patientId, LocalDateTime start, long providerId) {
        return who.post("patients/" + patientId + "/injections", booking(start, "L4-L5", "LEFT", providerId));
    }

    /**
     * Books an injection and returns its id. One in the past is booked a year ahead (the same weekday and time) and
     * then moved back, as nothing is booked in the past.
     */
    static long booked(Api who, long patientId, LocalDateTime start, long providerId) {
        boolean past = start.isBefore(LocalDateTime.now(PortalIT.CLINIC));
        Api.Reply reply = book(who, patientId, past ? start.plusWeeks(HISTORY_WEEKS) : start, providerId);
        assertEquals(201, reply.status(), reply.toString());
        if (past) {
            try {
                TestDatabase.moveAppointment(reply.json().getJsonNumber("appointmentId").longValue(), start);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /**
     * Three injections booked for the patient about 100, 60 and 20 days ago (weekdays, 09:00), so a fourth is
     * refused until six months after the first; returns the day of the first.
     */
    static LocalDate threeInTheLastSixMonths(long patientId, long providerId) {
        LocalDate today = LocalDate.now();
        LocalDate first = weekdayOnOrBefore(today.minusDays(100));
        booked(Api.as("clinician"), patientId, at(first, 9), providerId);
        booked(Api.as("clinician"), patientId, at(weekdayOnOrBefore(today.minusDays(60)), 9), providerId);
        booked(Api.as("clinician"), patientId, at(weekdayOnOrBefore(today.minusDays(20)), 9), providerId);
        return first;
    }

    static String procedure(LocalDateTime start, int minutes, long providerId) {
        return """
                {"levels":["L4-L5","L5-S1"],"side":"BILATERAL","fluoroscopy":true,"anesthetic":"Lidocaine 1%%, 1 ml",
                 "corticosteroid":"Methylprednisolone 40 mg","start":"%s","end":"%s","providerId":%d,
                 "notes":"No immediate reaction"}""".formatted(start, start.plusMinutes(minutes), providerId);
    }

    /** Books and records an injection performed at a past time, by the given pain physician. */
    static long performed(long patientId, LocalDateTime start, long providerId) {
        Api clinician = Api.as("clinician");
        long id = booked(clinician, patientId, start, providerId);
        Api.Reply done = clinician.post("patients/" + patientId + "/injections/" + id + "/procedure",
                procedure(start.plusMinutes(5), 25, providerId));
        assertEquals(200, done.status(), done.toString());
        return id;
    }

    static JsonObject injections(Api who, long patientId) {
        Api.Reply reply = who.get("patients/" + patientId + "/injections");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}
