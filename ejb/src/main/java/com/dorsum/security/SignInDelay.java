package com.dorsum.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * The failed sign-ins of one subject, an account name (whether or not such an account exists, so that the delay
 * tells nothing about existence) or a client address, and the time before which no attempt is taken. Kept in the
 * database so that it holds across restarts and for every server of the clinic.
 */
@Entity
public class SignInDelay {

    /** What the subject is. */
    public enum Kind { ACCOUNT, ADDRESS }

    static final int MAX_SUBJECT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private int failures;

    private Instant lastFailureAt;

    private Instant notBefore;

    protected SignInDelay() {
    }

    /** A subject with no failures yet (not stored). */
    static SignInDelay of(Kind kind, String subject) {
        SignInDelay delay = new SignInDelay();
        delay.kind = kind;
        delay.subject = subjectOf(subject);
        return delay;
    }

    /** Subjects are stored as typed, cut to the column's length. */
    static String subjectOf(String subject) {
        String value = subject == null ? "" : subject;
        return value.length() <= MAX_SUBJECT ? value : value.substring(0, MAX_SUBJECT);
    }

    /** Whether an attempt at {@code now} must wait. */
    boolean holdsAt(Instant now) {
        return notBefore != null && now.isBefore(notBefore);
    }

    /** One more failure at {@code now}; old failures are forgotten first. */
    void failed(Instant now, DelayRule rule) {
        if (lastFailureAt != null && !now.isBefore(lastFailureAt.plus(rule.forgetAfter()))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        notBefore = rule.notBefore(failures, now);
    }

    /** A success or an ADMIN's unlock: the next attempt is taken at once, and counting starts afresh. */
    void clear() {
        failures = 0;
        lastFailureAt = null;
        notBefore = null;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public int failures() {
        return failures;
    }

    public Instant notBefore() {
        return notBefore;
    }
}
