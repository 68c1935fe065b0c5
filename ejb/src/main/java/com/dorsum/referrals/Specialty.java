package com.dorsum.referrals;

/** Who a referral goes to (R9, R11, R13): external specialists, or the clinic's own physiotherapy and chiropractic. */
public enum Specialty {
    ORTHOPEDICS("Orthopedics"),
    NEUROLOGY("Neurology"),
    RHEUMATOLOGY("Rheumatology"),
    SURGERY("Spinal surgery"),
    PSYCHOLOGY("Psychology (cognitive-behavioural therapy)"),
    PHYSIOTHERAPY("Physiotherapy"),
    CHIROPRACTIC("Chiropractic");

    private final String label;

    Specialty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
