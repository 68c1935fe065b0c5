package com.dorsum.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins of one subject (an account name or a client address) slow down the next attempt: the first
 * {@code freeFailures} cost nothing (typing errors), each further one doubles the wait, starting at
 * {@code firstDelay}, never beyond {@code maxDelay}; after {@code forgetAfter} without a failure the count starts
 * afresh. The cap is what keeps an attacker from locking a user out: the user can always try again within it.
 */
public record DelayRule(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    public DelayRule {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("a delay rule needs 0 <= freeFailures, 0 <= firstDelay <= maxDelay"
                    + " <= forgetAfter");
        }
    }

    /** When the next attempt may come after the {@code failures}-th failure at {@code at}; null: at once. */
    Instant notBefore(int failures, Instant at) {
        int delayed = failures - freeFailures;
        if (delayed <= 0) {
            return null;
        }
        // 2^30 seconds is 34 years: any cap is reached long before the shift overflows.
        Duration delay = firstDelay.multipliedBy(1L << Math.min(delayed - 1, 30));
        return at.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
