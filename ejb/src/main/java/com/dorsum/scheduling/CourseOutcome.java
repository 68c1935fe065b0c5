package com.dorsum.scheduling;

/** What a completed course achieved, as the clinician records it; the surgery gate (R11) reads it. */
public enum CourseOutcome {
    ADEQUATE_RELIEF("Adequate relief"),
    NO_ADEQUATE_RELIEF("No adequate relief");

    private final String label;

    CourseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
