package com.dorsum.referrals;

/** The serious causes a referral or order may be asked to rule out (R9). */
public enum RuleOut {
    INFECTION("Infection (osteomyelitis)"),
    CANCER("Cancer"),
    OSTEOPOROSIS("Osteoporosis"),
    SPINAL_FRACTURE("Spinal fracture"),
    HERNIATED_DISC("Herniated disc"),
    RHEUMATOID_ARTHRITIS("Rheumatoid arthritis");

    private final String label;

    RuleOut(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
