package com.dorsum.demo;

import com.dorsum.platform.MovableClock;
import com.dorsum.security.Accounts;
import com.dorsum.security.Acting;
import com.dorsum.security.ActingAsAdmin;
import com.dorsum.security.ActingAsClinician;
import com.dorsum.security.ActingAsFrontDesk;
import com.dorsum.security.ActingAsPatient;
import com.dorsum.security.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Who does what in the demo clinic, and when: each piece of work runs as one of the clinic's accounts, through
 * the services that account would use, at the moment it would have been done ({@link MovableClock#at}), in a
 * transaction of its own.
 */
@Dependent
class Cast {

    @Inject
    ActingAsFrontDesk frontDesk;

    @Inject
    ActingAsClinician clinician;

    @Inject
    ActingAsPatient patient;

    @Inject
    ActingAsAdmin admin;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private final Map<String, UserAccount> known = new HashMap<>();

    /** The work, done by the account at that moment of the clinic's day. */
    <T> T as(String username, LocalDateTime at, Supplier<T> work) {
        UserAccount account = known.computeIfAbsent(username, name -> accounts.findByUsername(name)
                .orElseThrow(() -> new IllegalStateException("no account " + name)));
        Acting acting = switch (account.getRole()) {
            case FRONT_DESK -> frontDesk;
            case CLINICIAN -> clinician;
            case PATIENT -> patient;
            case ADMIN -> admin;
        };
        return acting.as(account, () -> MovableClock.at(at.atZone(clock.getZone()).toInstant(), work));
    }

    void run(String username, LocalDateTime at, Runnable work) {
        as(username, at, () -> {
            work.run();
            return null;
        });
    }
}
