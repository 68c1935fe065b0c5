package com.dorsum.referrals;

/** What can be ordered (R10): imaging, which needs a body region, and blood tests. */
public enum OrderKind {
    XRAY("X-ray", true, false),
    BONE_SCAN("Bone scan", true, false),
    MRI("MRI", true, true),
    CT("CT", true, true),
    ULTRASOUND("Ultrasound", true, false),
    BLOOD_RA("Blood test for rheumatoid arthritis", false, false),
    BLOOD_INFECTION("Blood test for spinal infection", false, false);

    private final String label;
    private final boolean imaging;
    private final boolean contrastApplies;

    OrderKind(String label, boolean imaging, boolean contrastApplies) {
        this.label = label;
        this.imaging = imaging;
        this.contrastApplies = contrastApplies;
    }

    public String label() {
        return label;
    }

    public boolean isImaging() {
        return imaging;
    }

    /** Whether the study can be done with or without contrast (MRI, CT). */
    public boolean contrastApplies() {
        return contrastApplies;
    }
}
