package com.dorsum.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new DelayRule(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)),
            new DelayRule(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)), clock);
    private final SignInDelay account = SignInDelay.of(SignInDelay.Kind.ACCOUNT, "frontdesk");
    private final SignInDelay address = SignInDelay.of(SignInDelay.Kind.ADDRESS, "203.0.113.7");
    private final AtomicInteger passwordChecks = new AtomicInteger();

    private BooleanSupplier password(boolean right) {
        return () -> {
            passwordChecks.incrementAndGet();
            return right;
        };
    }

    private SignInThrottle.Verdict wrong() {
        return throttle.attempt(account, address, password(false));
    }

    private SignInThrottle.Verdict right() {
        return throttle.attempt(account, address, password(true));
    }

    @Test
    void theFirstFiveFailuresCostNothingThenTheDelayDoublesUpToFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            SignInThrottle.Verdict failed = wrong();
            assertEquals(SignInThrottle.Outcome.REFUSED, failed.outcome());
            assertNull(failed.notBefore(), "attempt " + (i + 1) + " starts no delay");
        }
        Duration expected = Duration.ofSeconds(1);
        for (int i = 0; i < 12; i++) {
            SignInThrottle.Verdict failed = wrong();
            assertEquals(SignInThrottle.Outcome.REFUSED, failed.outcome());
            Duration delay = Duration.between(clock.instant(), failed.notBefore());
            assertEquals(expected.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : expected, delay,
                    "after failure " + (6 + i));
            clock.advance(delay);
            expected = expected.multipliedBy(2);
        }
        assertEquals(17, account.failures());
    }

    @Test
    void duringTheDelayEvenTheRightPasswordIsRefusedUncheckedAndTheUserGetsInAfterIt() {
        for (int i = 0; i < 6; i++) {
            wrong();
        }
        clock.advance(Duration.ofSeconds(1));
        wrong();
        Instant notBefore = account.notBefore();
        assertEquals(clock.instant().plusSeconds(2), notBefore);
        int checks = passwordChecks.get();

        clock.advance(Duration.ofSeconds(1));
        SignInThrottle.Verdict withRight = right();
        SignInThrottle.Verdict withWrong = wrong();
        assertEquals(withWrong, withRight, "the same answer whether the password was right or not");
        assertEquals(SignInThrottle.Outcome.DELAYED, withRight.outcome());
        assertEquals(notBefore, withRight.notBefore());
        assertEquals(checks, passwordChecks.get(), "no password is checked during the delay");
        assertEquals(7, account.failures(), "attempts during the delay do not count");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(SignInThrottle.Outcome.ADMITTED, right().outcome());
    }

    @Test
    void aSuccessForgivesTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            wrong();
        }
        right();
        assertEquals(0, account.failures());
        assertNull(account.notBefore());
        assertEquals(4, address.failures());
        for (int i = 0; i < 5; i++) {
            assertNull(wrong().notBefore(), "the account starts afresh");
        }
        assertTrue(wrong().notBefore() != null);
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            SignInDelay someone = SignInDelay.of(SignInDelay.Kind.ACCOUNT, "user" + i);
            assertNull(throttle.attempt(someone, address, password(false)).notBefore());
        }
        SignInDelay next = SignInDelay.of(SignInDelay.Kind.ACCOUNT, "user20");
        SignInThrottle.Verdict failed = throttle.attempt(next, address, password(false));
        assertEquals(clock.instant().plusSeconds(1), failed.notBefore());
        SignInDelay other = SignInDelay.of(SignInDelay.Kind.ACCOUNT, "user21");
        assertEquals(SignInThrottle.Outcome.DELAYED, throttle.attempt(other, address, password(true)).outcome());
        assertEquals(0, other.failures());
    }

    @Test
    void failuresLongAgoAreForgotten() {
        for (int i = 0; i < 6; i++) {
            wrong();
        }
        assertEquals(6, account.failures());
        clock.advance(Duration.ofHours(2));
        assertNull(wrong().notBefore());
        assertEquals(1, account.failures());
    }

    @Test
    void unlockingEndsTheDelayAtOnce() {
        for (int i = 0; i < 6; i++) {
            wrong();
        }
        assertFalse(account.notBefore() == null);
        assertEquals(SignInThrottle.Outcome.DELAYED, right().outcome());
        account.clear();
        assertEquals(SignInThrottle.Outcome.ADMITTED, right().outcome());
    }
}
