package com.dorsum.injections;

/** The complications of a facet-joint injection that are recorded and reported (R8). */
public enum ComplicationKind {
    INFECTION("Infection"),
    BLEEDING("Bleeding"),
    LOCAL_MUSCLE_ATROPHY("Local muscle atrophy"),
    NERVE_IRRITATION("Nerve irritation"),
    NERVE_DAMAGE("Nerve damage");

    private final String label;

    ComplicationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
