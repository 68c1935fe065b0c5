package com.dorsum.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clinic's clock: all dates and local date-times are in the clinic's time zone ({@code clinic.zone}).
 * Services take time from the injected {@link Clock} so tests can move it, and so server-side work can replay a
 * past moment on its own thread ({@link MovableClock#at}).
 */
@ApplicationScoped
public class ClinicClock {

    @Inject
    @ConfigProperty(name = "clinic.zone", defaultValue = "Europe/Berlin")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new MovableClock(ZoneId.of(zone));
    }
}
