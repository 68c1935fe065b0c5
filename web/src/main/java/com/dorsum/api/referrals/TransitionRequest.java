package com.dorsum.api.referrals;

import com.dorsum.platform.InvalidInput;

import java.util.Arrays;

/** A status change asked for through the API: {@code {"to": "SENT", "note": "faxed"}}. */
public class TransitionRequest {

    private String to;
    private String note;

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The status asked for, as one of the trail's statuses. */
    <S extends Enum<S>> S target(Class<S> statuses) {
        try {
            return Enum.valueOf(statuses, to == null ? "" : to.trim());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("to", "must be one of " + Arrays.toString(statuses.getEnumConstants()));
        }
    }
}
