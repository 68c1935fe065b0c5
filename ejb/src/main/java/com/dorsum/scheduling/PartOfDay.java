package com.dorsum.scheduling;

import java.time.LocalTime;

/** When in the day a waiting patient can come: mornings (before 12), afternoons (12-17), evenings, or any time. */
public enum PartOfDay {
    MORNING(LocalTime.MIN, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.MAX),
    ANY(LocalTime.MIN, LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(until);
    }
}
