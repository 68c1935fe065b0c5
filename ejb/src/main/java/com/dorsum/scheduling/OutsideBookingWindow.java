package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;

import java.util.Map;

/** A visit asked for in the past or beyond the booking horizon ({@link BookingWindow}); facts: earliest, latestDay. */
public class OutsideBookingWindow extends DomainException {

    public OutsideBookingWindow(String message, Map<String, Object> facts) {
        super(Kind.RULE, "OUTSIDE_BOOKING_WINDOW", message, facts);
    }
}
