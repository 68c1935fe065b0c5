package com.dorsum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows instants on screens as local date-times in the clinic's time zone ({@code #{clinicTime.format(x)}}). */
@Named
@ApplicationScoped
public class ClinicTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    Clock clock;

    /** A visit's time as people read it: "Tue 1 Dec 2026, 09:30". */
    public String day(LocalDateTime start) {
        return start == null ? "" : DAY.format(start);
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(LocalDateTime.ofInstant(instant, clock.getZone()));
    }

    /** To the millisecond, for the audit trail. */
    public String formatPrecise(Instant instant) {
        return instant == null ? "" : PRECISE.format(LocalDateTime.ofInstant(instant, clock.getZone()));
    }
}
