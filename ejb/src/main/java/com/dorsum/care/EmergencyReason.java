package com.dorsum.care;

/** Why a clinician outside the care team opens a patient's record (R20); OTHER needs a note. */
public enum EmergencyReason {
    EMERGENCY_TREATMENT("Emergency treatment"),
    COVERING_COLLEAGUE("Covering for a colleague"),
    PATIENT_REQUEST("At the patient's request"),
    OTHER("Other (say why)");

    private final String label;

    EmergencyReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
