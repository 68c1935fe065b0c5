package com.dorsum.referrals;

import java.util.List;

/**
 * What a patient's record says about conservative therapy (courses, R1/R2): the surgery gate (R11) asks whether a
 * course was completed without adequate relief, and the referral letter lists the courses and their outcome.
 * <p>
 * Courses belong to the scheduling capability, which implements this ({@code scheduling.CourseRecord}); the
 * interface keeps referrals independent of how courses are stored.
 */
public interface ConservativeTherapyRecord {

    boolean completedCourseWithoutAdequateRelief(long patientId);

    /** One line per course, e.g. "Physiotherapy, 12 sessions, completed 2026-03-01: no adequate relief". */
    List<String> courseOutcomes(long patientId);
}
