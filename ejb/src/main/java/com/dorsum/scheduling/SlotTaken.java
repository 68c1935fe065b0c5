package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;

import java.util.Map;

/** The time is already booked for the provider, the patient or the room (R5). */
public class SlotTaken extends DomainException {

    public SlotTaken(String detail, Map<String, Object> facts) {
        super(Kind.CONFLICT, "SLOT_TAKEN", detail, facts);
    }
}
