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
