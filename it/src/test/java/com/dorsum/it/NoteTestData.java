package com.dorsum.it;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/** Visits that took place, for the notes and outcomes tests: booked through the API, then moved into the past. */
final class NoteTestData {

    /** Each booking takes a slot of its own three weeks ahead, before it is moved into the past. */
    private static final AtomicInteger SLOTS = new AtomicInteger();

    private NoteTestData() {
    }

    /** A visit booked with the provider and then set to have started at the given time with the given status. */
    static long visit(long patientId, String providerName, String kind, LocalDateTime start, String status)
            throws Exception {
        int slot = SLOTS.getAndIncrement() % 35;
        long id = PortalIT.book(patientId, providerName, kind,
                PortalIT.inTwoWeeks(DayOfWeek.of(1 + slot / 7), 9 + slot % 7).plusWeeks(1));
        TestDatabase.update("update appointment set starts_at = ?, ends_at = ?, status = ? where id = ?",
                start, start.plusMinutes(30), status, id);
        return id;
    }

    /** A physiotherapy visit with Jakob Berger (the demo account "physio") that ended the given hours ago. */
    static long physiotherapyDone(long patientId, int hoursAgo) throws Exception {
        return visit(patientId, "Jakob Berger", "PHYSIOTHERAPY",
                LocalDateTime.now(PortalIT.CLINIC).withNano(0).withSecond(0).minusHours(hoursAgo).minusMinutes(30),
                "DONE");
    }
}
