package com.dorsum.injections;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A facet-joint injection to book: when, which level and side, with which pain physician, optionally in which room
 * (else the first free room with fluoroscopy, R7).
 */
public record InjectionBooking(LocalDateTime start, SpinalLevel level, Side side, Long providerId, Long roomId) {

    /** Refuses a booking with a missing part, naming every missing field. */
    public InjectionBooking requireComplete() {
        List<Violation> missing = new ArrayList<>();
        if (start == null) {
            missing.add(new Violation("start", "The start (date and time) is required"));
        }
        if (level == null) {
            missing.add(new Violation("level", "The spinal level (e.g. L4-L5) is required"));
        }
        if (side == null) {
            missing.add(new Violation("side", "The side (LEFT, RIGHT or BILATERAL) is required"));
        }
        if (providerId == null) {
            missing.add(new Violation("providerId", "The pain physician who performs it is required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        return this;
    }
}
