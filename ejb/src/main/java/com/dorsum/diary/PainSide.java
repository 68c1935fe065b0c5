package com.dorsum.diary;

/** Which side the pain is on. */
public enum PainSide {
    LEFT("Left"), RIGHT("Right"), BOTH("Both sides");

    private final String label;

    PainSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
