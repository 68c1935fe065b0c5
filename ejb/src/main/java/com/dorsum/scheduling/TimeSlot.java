package com.dorsum.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of clinic-local time on one day, on the calendar's five-minute grid. Booking claims every grid step
 * of a slot for its provider, patient and room, which is how the database refuses double bookings (R5).
 */
public record TimeSlot(LocalDateTime start, LocalDateTime end) {

    public static final int GRID_MINUTES = 5;

    public TimeSlot {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a time slot needs a start before its end");
        }
        if (!start.toLocalDate().equals(end.toLocalDate()) && !end.equals(start.toLocalDate().plusDays(1).atStartOfDay())) {
            throw new IllegalArgumentException("a time slot lies within one day");
        }
        if (start.getMinute() % GRID_MINUTES != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("appointments start on the five-minute grid (e.g. 09:00, 09:05)");
        }
    }

    public static TimeSlot of(LocalDateTime start, int minutes) {
        return new TimeSlot(start, start.plusMinutes(minutes));
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The start of every grid step the slot touches. */
    public List<LocalDateTime> gridSteps() {
        List<LocalDateTime> steps = new ArrayList<>();
        for (LocalDateTime t = start; t.isBefore(end); t = t.plusMinutes(GRID_MINUTES)) {
            steps.add(t);
        }
        return steps;
    }
}
