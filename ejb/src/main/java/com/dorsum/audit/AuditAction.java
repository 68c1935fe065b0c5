package com.dorsum.audit;

/** What was done to a patient's data (or tried). Later capabilities add their own actions here. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_UPDATED,
    PATIENT_SEARCHED,
    API_ACCESS,
    PAGE_ACCESS,

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
    WORKLIST_VIEWED
}
