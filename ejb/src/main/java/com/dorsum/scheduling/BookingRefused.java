package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;

import java.util.Map;

/** A visit cannot take place at the time asked (clinic closed, provider not working, wrong room...). */
public class BookingRefused extends DomainException {

    public BookingRefused(String reason, Map<String, Object> facts) {
        super(Kind.RULE, "BOOKING_RULES", reason, facts);
    }
}
