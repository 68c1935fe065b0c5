package com.dorsum.audit;

/** What was done to a patient's data (or tried). Later capabilities add their own actions here. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_UPDATED,
    PATIENT_SEARCHED,
    API_ACCESS,
    // scheduling
    APPOINTMENT_BOOKED,
    APPOINTMENT_RESCHEDULED,
    APPOINTMENT_CANCELLED,
    APPOINTMENT_CHECKED_IN,
    APPOINTMENTS_VIEWED
}
