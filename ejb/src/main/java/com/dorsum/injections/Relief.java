package com.dorsum.injections;

/** The pain relief a patient reports at the follow-up check after an injection (R8). */
public enum Relief {
    NONE("No relief"), SLIGHT("Slight relief"), MODERATE("Moderate relief"), GOOD("Good relief");

    private final String label;

    Relief(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
