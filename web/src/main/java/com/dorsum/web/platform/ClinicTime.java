package com.dorsum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Shows instants on screens as local date-times in the clinic's time zone ({@code #{clinicTime.format(x)}}). */
@Named
@ApplicationScoped
public class ClinicTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(LocalDateTime.ofInstant(instant, clock.getZone()));
    }
}
