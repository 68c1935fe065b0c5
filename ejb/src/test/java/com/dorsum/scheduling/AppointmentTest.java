package com.dorsum.scheduling;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppointmentTest {

    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 8);

    private static Appointment visit() {
        return new Appointment(1, 2, 3, VisitKind.PHYSIOTHERAPY, TimeSlot.of(VISIT_DAY.atTime(9, 0), 45));
    }

    @Test
    void visitIsCheckedInOnItsDay() {
        Appointment visit = visit();
        visit.checkIn(VISIT_DAY);
        assertEquals(AppointmentStatus.CHECKED_IN, visit.getStatus());
    }

    @Test
    void visitAWeekAheadOrAlreadyPastIsNotCheckedIn() {
        Appointment visit = visit();
        NotOnVisitDay ahead = assertThrows(NotOnVisitDay.class, () -> visit.checkIn(VISIT_DAY.minusWeeks(1)));
        assertEquals("2026-12-08", ahead.facts().get("visitDate"));
        assertThrows(NotOnVisitDay.class, () -> visit.checkIn(VISIT_DAY.plusDays(1)));
        assertEquals(AppointmentStatus.BOOKED, visit.getStatus());
    }

    @Test
    void visitIsDoneOnItsDayOrLaterButNotAhead() {
        assertThrows(NotOnVisitDay.class, () -> visit().complete(VISIT_DAY.minusWeeks(1)));
        Appointment onTheDay = visit();
        onTheDay.complete(VISIT_DAY);
        assertEquals(AppointmentStatus.DONE, onTheDay.getStatus());
        Appointment later = visit();
        later.complete(VISIT_DAY.plusDays(3));
        assertEquals(AppointmentStatus.DONE, later.getStatus());
    }
}
