package com.dorsum.referrals;

/** A finding that justifies a surgical referral without a failed conservative course first (R11). */
public enum SurgicalIndication {
    FRACTURE_TRAUMA("Fracture from trauma"),
    FRACTURE_OSTEOPOROSIS("Fracture from osteoporosis"),
    TUMOUR("Tumour"),
    HERNIATED_DISC("Herniated disc"),
    DEFORMITY("Deformity such as scoliosis");

    private final String label;

    SurgicalIndication(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
