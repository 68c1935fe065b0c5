package com.dorsum.referrals;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The conservative-therapy record while the clinic records no courses yet: nothing completed, so a surgical
 * referral needs a surgical indication (R11). Replaced by the scheduling capability's record (see the interface).
 */
@ApplicationScoped
public class NoCourseRecorded implements ConservativeTherapyRecord {

    @Override
    public boolean completedCourseWithoutAdequateRelief(long patientId) {
        return false;
    }

    @Override
    public List<String> courseOutcomes(long patientId) {
        return List.of();
    }
}
