package com.dorsum.audit;

/** What was done to a patient's data (or tried). Later capabilities add their own actions here. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_UPDATED,
    PATIENT_SEARCHED,
    API_ACCESS,

    // Sign-in (SECURITY.md): the user is the name as typed, with the client address
    SIGN_IN,
    SIGN_IN_DELAYED,
    SIGN_OUT,
    ACCOUNT_UNLOCKED,

    // Scheduling (R1-R5)
    APPOINTMENT_BOOKED,
    APPOINTMENT_RESCHEDULED,
    APPOINTMENT_CANCELLED,
    APPOINTMENT_CHECKED_IN,
    APPOINTMENTS_VIEWED,

    // Referrals and orders (R9-R13)
    REFERRAL_CREATED,
    REFERRAL_VIEWED,
    REFERRAL_CHANGED,
    REFERRAL_LETTER_VIEWED,
    ORDER_CREATED,
    ORDER_VIEWED,
    ORDER_CHANGED,
    ORDER_RESULT_RECEIVED,
    ORDER_RESULT_FILE_VIEWED,
    ORDER_REVIEWED,
    SCOLIOSIS_SCREEN_RECORDED,
    WORKLIST_VIEWED,

    // Therapy courses and the waitlist (R1-R5)
    COURSE_PLANNED,
    COURSE_BOOKED,
    COURSE_VIEWED,
    COURSE_EXTENDED,
    COURSE_ENDED,
    COURSE_COMPLETED,
    APPOINTMENT_NO_SHOW,
    APPOINTMENT_DONE,
    WAITLIST_ADDED,
    WAITLIST_VIEWED,
    WAITLIST_OFFERED,
    WAITLIST_CHANGED,

    // Patient portal, plans and pain diary (R14-R18)
    PLAN_PUBLISHED,
    PLAN_VIEWED,
    DIARY_ENTRY_ADDED,
    DIARY_ENTRY_CHANGED,
    DIARY_ENTRY_DELETED,
    DIARY_VIEWED,
    DIARY_EXPORTED,
    VISIT_CHANGE_REQUESTED,
    VISIT_CHANGE_HANDLED,
    CALENDAR_FEED_READ,
    CALENDAR_FEED_RENEWED,
    PORTAL_ACCOUNT_OPENED,
    PORTAL_ACCOUNT_ACTIVATED,

    // Facet-joint injections (R6-R8); APPOINTMENT_COMPLETED belongs to scheduling, first needed here
    APPOINTMENT_COMPLETED,
    INJECTION_BOOKED,
    INJECTION_MOVED,
    INJECTION_CANCELLED,
    INJECTION_PERFORMED,
    INJECTIONS_VIEWED,
    INJECTION_FOLLOW_UP_RECORDED,
    INJECTION_COMPLICATION_RECORDED,

    // Care teams and break-glass (R19, R20)
    CARE_TEAM_VIEWED,
    CARE_TEAM_CHANGED,
    EMERGENCY_ACCESS_OPENED,
    EMERGENCY_ACCESS,
    EMERGENCY_ACCESS_REVIEWED;

    /**
     * What this action was to the patient whose record it touched, for their access history (R23): reads
     * (viewed, searched, exported, a proposal computed) are VIEWED, break-glass is EMERGENCY, the rest CHANGED.
     */
    public AccessEntry.Kind accessKind() {
        if (this == EMERGENCY_ACCESS || this == EMERGENCY_ACCESS_OPENED) {
            return AccessEntry.Kind.EMERGENCY;
        }
        String name = name();
        boolean read = name.endsWith("_VIEWED") || name.endsWith("_SEARCHED") || name.endsWith("_EXPORTED")
                || name.endsWith("_READ") || this == COURSE_PLANNED;
        return read ? AccessEntry.Kind.VIEWED : AccessEntry.Kind.CHANGED;
    }
}
