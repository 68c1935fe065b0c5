package com.dorsum.referrals;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverdueRulesTest {

    private static final OverdueRules DEFAULTS = OverdueRules.ofDays(2, 14, 30);
    private static final Instant REFERRED = Instant.parse("2026-03-02T08:00:00Z");

    private static boolean overdue(ReferralStatus status, Urgency urgency, Instant since, Duration later) {
        return DEFAULTS.overdue(status, urgency, REFERRED, since, REFERRED.plus(later)).isPresent();
    }

    @Test
    void urgentReferralNotBookedWithinTwoDaysIsOverdue() {
        assertFalse(overdue(ReferralStatus.SENT, Urgency.URGENT, REFERRED, Duration.ofDays(2)));
        assertTrue(overdue(ReferralStatus.SENT, Urgency.URGENT, REFERRED, Duration.ofDays(2).plusSeconds(1)));
        var overdue = DEFAULTS.overdue(ReferralStatus.SENT, Urgency.URGENT, REFERRED, REFERRED,
                REFERRED.plus(Duration.ofDays(3))).orElseThrow();
        assertEquals(OverdueRules.Waiting.BOOKING, overdue.waiting());
        assertEquals(REFERRED.plus(Duration.ofDays(2)), overdue.deadline());
    }

    @Test
    void urgentDraftNeverSentIsOverdueToo() {
        assertTrue(overdue(ReferralStatus.DRAFT, Urgency.URGENT, REFERRED, Duration.ofDays(3)));
    }

    @Test
    void routineReferralHasFourteenDaysToBeBooked() {
        assertFalse(overdue(ReferralStatus.SENT, Urgency.ROUTINE, REFERRED, Duration.ofDays(13)));
        assertTrue(overdue(ReferralStatus.SENT, Urgency.ROUTINE, REFERRED, Duration.ofDays(15)));
    }

    @Test
    void bookedReferralIsNeverOverdue() {
        assertFalse(overdue(ReferralStatus.BOOKED, Urgency.URGENT, REFERRED, Duration.ofDays(400)));
    }

    @Test
    void seenReferralWithoutReportForThirtyDaysIsOverdue() {
        Instant seen = REFERRED.plus(Duration.ofDays(10));
        assertFalse(overdue(ReferralStatus.SEEN, Urgency.ROUTINE, seen, Duration.ofDays(39)));
        assertTrue(overdue(ReferralStatus.SEEN, Urgency.ROUTINE, seen, Duration.ofDays(41)));
        assertEquals(OverdueRules.Waiting.REPORT, DEFAULTS.overdue(ReferralStatus.SEEN, Urgency.ROUTINE, REFERRED,
                seen, REFERRED.plus(Duration.ofDays(41))).orElseThrow().waiting());
    }

    @Test
    void finishedReferralsAreNeverOverdue() {
        for (ReferralStatus done : new ReferralStatus[] {ReferralStatus.REPORT_RECEIVED, ReferralStatus.CLOSED,
            ReferralStatus.CANCELLED}) {
            assertFalse(overdue(done, Urgency.URGENT, REFERRED, Duration.ofDays(400)), done.name());
        }
    }

    @Test
    void queryCutoffsAgreeWithTheRule() {
        Instant now = REFERRED.plus(Duration.ofDays(20));
        assertEquals(now.minus(Duration.ofDays(2)), DEFAULTS.bookingOverdueIfReferredBefore(Urgency.URGENT, now));
        assertEquals(now.minus(Duration.ofDays(14)), DEFAULTS.bookingOverdueIfReferredBefore(Urgency.ROUTINE, now));
        assertEquals(now.minus(Duration.ofDays(30)), DEFAULTS.reportOverdueIfSeenBefore(now));
    }

    @Test
    void thresholdsAreConfigurableButNeverNegative() {
        OverdueRules strict = OverdueRules.ofDays(1, 7, 10);
        assertTrue(strict.overdue(ReferralStatus.SENT, Urgency.ROUTINE, REFERRED, REFERRED,
                REFERRED.plus(Duration.ofDays(8))).isPresent());
        assertThrows(IllegalArgumentException.class, () -> OverdueRules.ofDays(-1, 14, 30));
    }
}
