package com.dorsum.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Until when a visit may be changed without cost: up to 24 hours before it starts. In that window a patient
 * cancels or moves their own visit in the portal; later, a cancellation counts as late and a patient's request
 * goes to the front desk.
 */
public final class ChangeWindow {

    public static final Duration FREE_UNTIL_BEFORE = Duration.ofHours(24);

    private ChangeWindow() {
    }

    public static boolean isFree(LocalDateTime visitStart, LocalDateTime now) {
        return !now.plus(FREE_UNTIL_BEFORE).isAfter(visitStart);
    }
}
