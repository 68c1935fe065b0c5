package com.dorsum.scheduling;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeWindowTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2026, 12, 2, 9, 0);

    @Test
    void visitExactlyTwentyFourHoursAheadIsStillFreeToChange() {
        assertTrue(ChangeWindow.isFree(VISIT, VISIT.minusHours(24)));
        assertTrue(ChangeWindow.isFree(VISIT, VISIT.minusDays(3)));
    }

    @Test
    void aMinuteLessThanTwentyFourHoursAheadGoesToTheFrontDesk() {
        assertFalse(ChangeWindow.isFree(VISIT, VISIT.minusHours(24).plusMinutes(1)));
        assertFalse(ChangeWindow.isFree(VISIT, VISIT.plusHours(1)));
    }
}
