package com.dorsum.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * A referral's status trail (R9): draft, sent, booked, seen, report received, closed, or cancelled before the
 * patient was seen. A referral that was seen is followed to its report: it can no longer be cancelled.
 */
public enum ReferralStatus {
    DRAFT, SENT, BOOKED, SEEN, REPORT_RECEIVED, CLOSED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.of(BOOKED, CANCELLED);
            case BOOKED -> EnumSet.of(SEEN, CANCELLED);
            case SEEN -> EnumSet.of(REPORT_RECEIVED);
            case REPORT_RECEIVED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Where the referral stands, in the patient's words (portal). */
    public String forPatient() {
        return switch (this) {
            case DRAFT -> "Being prepared by your clinician";
            case SENT -> "Sent to the specialist; waiting for an appointment";
            case BOOKED -> "Appointment with the specialist booked";
            case SEEN -> "You have seen the specialist; we are waiting for their report";
            case REPORT_RECEIVED -> "The specialist's report has arrived; your clinician will discuss it with you";
            case CLOSED -> "Completed";
            case CANCELLED -> "Cancelled";
        };
    }

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }
}
