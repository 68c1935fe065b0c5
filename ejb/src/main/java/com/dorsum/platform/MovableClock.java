package com.dorsum.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clinic's clock: the system time in the clinic's zone, except on a thread inside {@link #at}, which reads the
 * moment given there. Server-side work that replays the past as it happened (the demo clinic books last month's
 * courses "last month") so goes through the same rules and time checks as work done today; every other thread
 * keeps the real time.
 */
public final class MovableClock extends Clock {

    private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

    private final ZoneId zone;

    public MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Runs the work on this thread as if it were that moment; nested calls restore the outer moment. */
    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant outer = MOMENT.get();
        MOMENT.set(moment);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                MOMENT.remove();
            } else {
                MOMENT.set(outer);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = MOMENT.get();
        return moment != null ? moment : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other);
    }
}
