package com.dorsum.diary;

/** Where the pain is, as the patient picks it from the body map (API.md: diary entry {@code location}). */
public enum BodyLocation {
    NECK("Neck"),
    BETWEEN_SHOULDER_BLADES("Between the shoulder blades"),
    UPPER_BACK("Upper back"),
    MID_BACK("Mid back"),
    LOWER_BACK("Lower back");

    private final String label;

    BodyLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
