package com.dorsum.it;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Single appointments: booking, the double-booking guard under concurrency, cancelling frees the time (R5). */
class AppointmentsIT extends ClinicDeployment {

    static LocalDateTime nextMondayAt(int hour) {
        return LocalDate.now().plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(hour, 0);
    }

    static long providerNamed(String name) throws Exception {
        return TestDatabase.count("select id from provider where name = ?", name);
    }

    static long patient(int n) throws Exception {
        return TestDatabase.count("select id from patient order by id limit 1 offset " + n);
    }

    private static String visit(long patientId, long providerId, String kind, LocalDateTime start) {
        return "{\"patientId\":" + patientId + ",\"providerId\":" + providerId + ",\"kind\":\"" + kind
                + "\",\"start\":\"" + start + "\"}";
    }

    @Test
    void secondBookingOfTheSameProviderAtAnOverlappingTimeIsRefusedAsSlotTaken() throws Exception {
        long physio = providerNamed("Jakob Berger");
        Api frontDesk = Api.as("frontdesk");
        Api.Reply first = frontDesk.post("appointments", visit(patient(10), physio, "PHYSIOTHERAPY", nextMondayAt(9)));
        assertEquals(201, first.status(), first.toString());
        assertEquals(nextMondayAt(9).toLocalDate() + "T09:00", first.json().getString("start"),
                "local date-times to the minute, as API.md writes them");
        Api.Reply second = frontDesk.post("appointments",
                visit(patient(11), physio, "PHYSIOTHERAPY", nextMondayAt(9).plusMinutes(30)));
        assertEquals(409, second.status(), second.toString());
        assertEquals("SLOT_TAKEN", second.json().getString("code"));
    }

    @Test
    void twentyConcurrentBookingsOfOverlappingSlotsLeaveNoOverlap() throws Exception {
        long physio = providerNamed("Sofia Conrad");
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bookings.add(visit(patient(20 + i), physio, "PHYSIOTHERAPY", nextMondayAt(10).plusMinutes(5L * (i % 4))));
        }
        List<Integer> statuses = Api.as("frontdesk").postAllAtOnce("appointments", bookings);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(0, TestDatabase.overlappingBookings());
    }

    @Test
    void cancellingFreesTheTimeForAnotherPatient() throws Exception {
        long chiro = providerNamed("Dr. Marc Dorn");
        Api frontDesk = Api.as("frontdesk");
        long id = frontDesk.post("appointments", visit(patient(5), chiro, "CHIROPRACTIC", nextMondayAt(14)))
                .json().getJsonNumber("id").longValue();
        Api.Reply cancelled = frontDesk.post("appointments/" + id + "/cancel", "{\"reason\":\"patient is ill\"}");
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled.toString());
        assertEquals(201, frontDesk.post("appointments", visit(patient(6), chiro, "CHIROPRACTIC", nextMondayAt(14)))
                .status());
    }

    @Test
    void bookingOutsideTheProvidersHoursIsRefusedWithTheReason() throws Exception {
        Api.Reply reply = Api.as("frontdesk").post("appointments",
                visit(patient(3), providerNamed("Jakob Berger"), "PHYSIOTHERAPY", nextMondayAt(18)));
        assertEquals(422, reply.status(), reply.toString());
        assertEquals("BOOKING_RULES", reply.json().getString("code"));
    }
}
