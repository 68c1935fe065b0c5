package com.dorsum.referrals;

/** Where an imaging study looks. */
public enum BodyRegion {
    CERVICAL_SPINE("Cervical spine"),
    THORACIC_SPINE("Thoracic spine"),
    LUMBAR_SPINE("Lumbar spine"),
    SACRUM_PELVIS("Sacrum and pelvis"),
    WHOLE_SPINE("Whole spine"),
    SHOULDER("Shoulder"),
    CHEST("Chest"),
    WHOLE_BODY("Whole body");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
