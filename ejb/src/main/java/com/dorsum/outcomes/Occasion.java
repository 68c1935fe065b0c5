package com.dorsum.outcomes;

/** When R25 asks for the questionnaires, and the window around that day in which an answer counts for it. */
public enum Occasion {
    COURSE_START("At the start of the course", -7, 7),
    COURSE_MIDPOINT("Halfway through the course", -3, 7),
    COURSE_END("At the end of the course", -3, 14),
    BEFORE_INJECTION("Before the injection", -14, 0),
    AFTER_INJECTION("Two to four weeks after the injection", 14, 28);

    private final String label;
    private final int fromDays;
    private final int untilDays;

    Occasion(String label, int fromDays, int untilDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.untilDays = untilDays;
    }

    public String label() {
        return label;
    }

    /** The first day, relative to the occasion's day, on which an answer counts for it. */
    public int fromDays() {
        return fromDays;
    }

    /** The last day, relative to the occasion's day, on which an answer counts for it. */
    public int untilDays() {
        return untilDays;
    }
}
