package com.dorsum.care;

/**
 * How much of a patient's clinical capabilities the caller may see (R21): the clinical content itself (a clinician
 * on the care team or with emergency access, or the patient), or only what running the clinic needs (front desk,
 * ADMIN): kinds, statuses, dates and counts, never result text or files, letters, diary text, notes, relief or
 * complications.
 */
public enum Sight {
    CLINICAL, SCHEDULING;

    public boolean clinical() {
        return this == CLINICAL;
    }
}
