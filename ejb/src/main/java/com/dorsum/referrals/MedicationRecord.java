package com.dorsum.referrals;

import java.util.List;

/**
 * The medication guidance of the patient's current treatment plan, as a referral letter lists it. Plans belong to
 * their own capability, which implements this; referrals only read it.
 */
public interface MedicationRecord {

    /** One line per medicine in the current plan, e.g. "Ibuprofen 400 mg three times a day, 2026-11-01 to ...". */
    List<String> currentGuidance(long patientId);
}
