package com.dorsum.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's status trail (R10): ordered, scheduled, performed, result received, reviewed. A walk-in blood draw
 * may be performed without being scheduled; an order not yet performed may be cancelled. A result can only be
 * reviewed once it has been received.
 */
public enum OrderStatus {
    ORDERED, SCHEDULED, PERFORMED, RESULT_RECEIVED, REVIEWED, CANCELLED;

    /** Where the test or scan stands, in the patient's words (portal). */
    public String forPatient() {
        return switch (this) {
            case ORDERED -> "Ordered; not yet scheduled";
            case SCHEDULED -> "Scheduled";
            case PERFORMED -> "Done; waiting for the result";
            case RESULT_RECEIVED -> "Result received; your clinician will review it";
            case REVIEWED -> "Result reviewed by your clinician";
            case CANCELLED -> "Cancelled";
        };
    }

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case ORDERED -> EnumSet.of(SCHEDULED, PERFORMED, CANCELLED);
            case SCHEDULED -> EnumSet.of(PERFORMED, CANCELLED);
            case PERFORMED -> EnumSet.of(RESULT_RECEIVED);
            case RESULT_RECEIVED -> EnumSet.of(REVIEWED);
            case REVIEWED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
