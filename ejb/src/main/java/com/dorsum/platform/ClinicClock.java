package com.dorsum.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clinic's clock: all dates and local date-times are in the clinic's time zone ({@code clinic.zone}).
 * Services take time from the injected {@link Clock} so tests can move it.
 */
@ApplicationScoped
public class ClinicClock {

    @Inject
    @ConfigProperty(name = "clinic.zone", defaultValue = "Europe/Berlin")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
