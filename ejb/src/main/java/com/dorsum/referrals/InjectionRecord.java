package com.dorsum.referrals;

import java.util.List;

/**
 * The patient's facet-joint injections as a referral letter lists them (relevant history). Injections belong to
 * their own capability, which implements this; referrals only read it.
 */
public interface InjectionRecord {

    /** One line per injection not cancelled, oldest first, e.g. "2026-10-01 L4-L5, left: performed, good relief". */
    List<String> injectionSummaries(long patientId);
}
