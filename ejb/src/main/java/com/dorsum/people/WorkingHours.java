package com.dorsum.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** One weekly block in which a provider works, e.g. Monday 08:00-16:00. */
@Embeddable
public class WorkingHours {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(nullable = false)
    private LocalTime startTime;

    @Column(nullable = false)
    private LocalTime endTime;

    protected WorkingHours() {
    }

    public WorkingHours(DayOfWeek dayOfWeek, LocalTime startTime, LocalTime endTime) {
        if (dayOfWeek == null || startTime == null || endTime == null || !startTime.isBefore(endTime)) {
            throw new IllegalArgumentException("working hours need a day and a start before the end");
        }
        this.dayOfWeek = dayOfWeek;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    /**
     * Reads a week as staff type it, e.g. "Mon 08:00-16:30, Tue 08:00-12:00": blocks separated by commas, each a
     * day's first three letters and a time range. An empty text is a provider without working hours.
     */
    public static List<WorkingHours> parseWeek(String text) {
        List<WorkingHours> week = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return week;
        }
        for (String block : text.split(",")) {
            String[] dayAndTimes = block.trim().split("\\s+");
            String[] times = dayAndTimes.length == 2 ? dayAndTimes[1].split("-") : new String[0];
            if (times.length != 2) {
                throw new IllegalArgumentException("Write each block as a day and a time range, e.g. 'Mon 08:00-16:30', not '"
                        + block.trim() + "'");
            }
            try {
                week.add(new WorkingHours(day(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Times are written as 08:00, not as in '" + block.trim() + "'");
            }
        }
        return week;
    }

    /** The week in the form {@link #parseWeek} reads. */
    public static String formatWeek(List<WorkingHours> week) {
        return week.stream().map(WorkingHours::toShortText).collect(Collectors.joining(", "));
    }

    private static DayOfWeek day(String text) {
        String prefix = text.toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> prefix.length() >= 3 && d.name().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a day of the week (Mon ... Sun)"));
    }

    private String toShortText() {
        String day = dayOfWeek.name().charAt(0) + dayOfWeek.name().substring(1, 3).toLowerCase(Locale.ROOT);
        return day + " " + startTime + "-" + endTime;
    }

    public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
        return dayOfWeek == day && !from.isBefore(startTime) && !to.isAfter(endTime);
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours w && dayOfWeek == w.dayOfWeek && startTime.equals(w.startTime)
                && endTime.equals(w.endTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, startTime, endTime);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + startTime + "-" + endTime;
    }
}
