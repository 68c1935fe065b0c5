package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingWindowTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final BookingWindow WINDOW = new BookingWindow(NOW, 730);

    private static TimeSlot at(LocalDateTime start) {
        return TimeSlot.of(start, 30);
    }

    @Test
    void visitLaterTodayOrOnTheLastDayOfTheHorizonIsAdmitted() {
        assertTrue(WINDOW.whyNot(at(NOW)).isEmpty());
        assertTrue(WINDOW.whyNot(at(NOW.plusHours(2))).isEmpty());
        assertEquals(LocalDate.of(2028, 11, 30), WINDOW.lastDay());
        assertTrue(WINDOW.whyNot(at(LocalDate.of(2028, 11, 30).atTime(17, 0))).isEmpty());
    }

    @Test
    void visitInThePastIsRefusedWithTheEarliestMoment() {
        OutsideBookingWindow refused = assertThrows(OutsideBookingWindow.class,
                () -> WINDOW.require(at(NOW.minusMinutes(5))));
        assertEquals("OUTSIDE_BOOKING_WINDOW", refused.code());
        assertEquals(DomainException.Kind.RULE, refused.kind());
        assertEquals("2026-12-01T10:00", refused.facts().get("earliest"));
        assertThrows(OutsideBookingWindow.class, () -> WINDOW.require(at(LocalDateTime.of(1900, 1, 1, 10, 0))));
    }

    @Test
    void visitBeyondTwoYearsAheadIsRefusedWithTheLastDay() {
        OutsideBookingWindow refused = assertThrows(OutsideBookingWindow.class,
                () -> WINDOW.require(at(LocalDate.of(2028, 12, 1).atTime(9, 0))));
        assertEquals("2028-11-30", refused.facts().get("latestDay"));
    }

    @Test
    void horizonIsConfigurable() {
        BookingWindow shortWindow = new BookingWindow(NOW, 30);
        assertTrue(shortWindow.whyNot(at(NOW.plusDays(31))).orElseThrow().contains("at most 30 days ahead"));
        assertThrows(IllegalArgumentException.class, () -> new BookingWindow(NOW, 0));
    }

    @Test
    void courseMustStartTodayOrLaterAndEndWithinTheHorizon() {
        assertDoesNotThrow(() -> WINDOW.requireDays(NOW.toLocalDate(), NOW.toLocalDate().plusWeeks(8)));
        assertThrows(OutsideBookingWindow.class,
                () -> WINDOW.requireDays(NOW.toLocalDate().minusDays(1), NOW.toLocalDate().plusWeeks(8)));
        assertThrows(OutsideBookingWindow.class,
                () -> WINDOW.requireDays(LocalDate.of(2028, 11, 1), LocalDate.of(2028, 12, 24)));
    }

    @Test
    void plannerRulesRefuseATimeOutsideTheWindowBeforeAnythingElse() {
        BookingRules rules = new BookingRules(java.util.Map.of(), java.util.Set.of(), java.util.List.of(), WINDOW);
        String reason = rules.whyNot(null, null, VisitKind.PHYSIOTHERAPY, at(NOW.minusDays(1))).orElseThrow();
        assertEquals("that time has passed", reason);
    }
}
