package com.dorsum.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * When a visit may be booked, or moved to: not before now, and on a day no later than the horizon
 * ({@code clinic.booking.horizon-days}, two years by default). Courses, single visits, injections, waitlist offers,
 * moves and patients' change requests all pass through it: the calendar's {@link BookingRules} carry the window of
 * the moment they are read, so the course planner never proposes a time outside it either.
 */
public record BookingWindow(LocalDateTime now, int horizonDays) {

    public static final int DEFAULT_HORIZON_DAYS = 730;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public BookingWindow {
        if (now == null || horizonDays < 1) {
            throw new IllegalArgumentException("a booking window needs a moment and a horizon of at least a day");
        }
    }

    /** The last day a visit may be booked on. */
    public LocalDate lastDay() {
        return now.toLocalDate().plusDays(horizonDays);
    }

    /** Why a visit cannot be at that time, or empty when the window admits it. */
    public Optional<String> whyNot(TimeSlot slot) {
        if (slot.start().isBefore(now)) {
            return Optional.of("that time has passed");
        }
        if (slot.date().isAfter(lastDay())) {
            return Optional.of("visits are booked at most " + horizonDays + " days ahead (until " + lastDay() + ")");
        }
        return Optional.empty();
    }

    /** Refuses a visit at that time ({@link OutsideBookingWindow}). */
    public void require(TimeSlot slot) {
        whyNot(slot).ifPresent(reason -> {
            throw refusal("Cannot book then: " + reason);
        });
    }

    /** Refuses a course whose days do not all lie between today and the last day. */
    public void requireDays(LocalDate first, LocalDate last) {
        if (first.isBefore(now.toLocalDate())) {
            throw refusal("A course cannot start in the past (" + first + ")");
        }
        if (last.isAfter(lastDay())) {
            throw refusal("The course would run until " + last + ", but visits are booked at most " + horizonDays
                    + " days ahead (until " + lastDay() + ")");
        }
    }

    private OutsideBookingWindow refusal(String message) {
        return new OutsideBookingWindow(message, Map.of("earliest", MINUTE.format(now),
                "latestDay", lastDay().toString()));
    }
}
