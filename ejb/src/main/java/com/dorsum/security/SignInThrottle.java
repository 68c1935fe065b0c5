package com.dorsum.security;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Slows down password guessing without locking anyone out for good (SECURITY.md, sign-in). Failures count against
 * the account name and against the client address, each by its own {@link DelayRule}: one address trying many
 * accounts is slowed as much as many tries at one account. While either delay holds, an attempt is refused
 * without checking the password, so a right password then gets exactly the answer a wrong one gets, and the
 * attempt counts for nothing. A success clears the account's failures but not the address's, so that one valid
 * account of an attacker's own does not reset their address.
 */
public final class SignInThrottle {

    /** What became of an attempt. */
    public enum Outcome { ADMITTED, REFUSED, DELAYED }

    /**
     * The answer to one attempt; {@code notBefore} is when the next may come (DELAYED: when this one may be
     * repeated; REFUSED: null when no delay started).
     */
    public record Verdict(Outcome outcome, Instant notBefore) {
    }

    private final DelayRule perAccount;
    private final DelayRule perAddress;
    private final Clock clock;

    public SignInThrottle(DelayRule perAccount, DelayRule perAddress, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** Takes one attempt, changing the two delays as it goes; {@code passwordMatches} runs only outside a delay. */
    public Verdict attempt(SignInDelay account, SignInDelay address, BooleanSupplier passwordMatches) {
        Instant now = clock.instant();
        Instant holds = later(account.holdsAt(now) ? account.notBefore() : null,
                address.holdsAt(now) ? address.notBefore() : null);
        if (holds != null) {
            return new Verdict(Outcome.DELAYED, holds);
        }
        if (passwordMatches.getAsBoolean()) {
            account.clear();
            return new Verdict(Outcome.ADMITTED, null);
        }
        account.failed(now, perAccount);
        address.failed(now, perAddress);
        return new Verdict(Outcome.REFUSED, later(account.notBefore(), address.notBefore()));
    }

    /** The delay that holds now, if any, without taking an attempt (for a check that needs no password work). */
    public Instant delayedUntil(SignInDelay account, SignInDelay address) {
        Instant now = clock.instant();
        return later(account.holdsAt(now) ? account.notBefore() : null,
                address.holdsAt(now) ? address.notBefore() : null);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
