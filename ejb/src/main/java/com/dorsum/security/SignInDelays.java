package com.dorsum.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stored {@link SignInDelay}s (public methods only: they are called through the bean's no-interface view) and the {@link SignInThrottle} rules they follow, configured by
 * {@code clinic.sign-in.*} (defaults: 5 free failures per account, 20 per client address, then 1 s doubling up to
 * 15 minutes, forgotten after an hour without failures). In the database, so that a restart forgets nothing and
 * every server of the clinic counts the same attempts.
 */
@Stateless
public class SignInDelays {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "clinic.sign-in.account-free-failures", defaultValue = "5")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "clinic.sign-in.address-free-failures", defaultValue = "20")
    int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "clinic.sign-in.first-delay-seconds", defaultValue = "1")
    long firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "clinic.sign-in.max-delay-seconds", defaultValue = "900")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "clinic.sign-in.forget-after-minutes", defaultValue = "60")
    long forgetAfterMinutes;

    private SignInThrottle throttle;

    @PostConstruct
    void rules() {
        throttle = new SignInThrottle(rule(accountFreeFailures), rule(addressFreeFailures), clock);
    }

    private DelayRule rule(int freeFailures) {
        return new DelayRule(freeFailures, Duration.ofSeconds(firstDelaySeconds),
                Duration.ofSeconds(maxDelaySeconds), Duration.ofMinutes(forgetAfterMinutes));
    }

    public SignInThrottle throttle() {
        return throttle;
    }

    /** The end of a delay holding now for this name or address, or null; reads without locking or storing. */
    public Instant delayedUntil(String username, String clientAddress) {
        return em.createQuery("select max(d.notBefore) from SignInDelay d where d.notBefore > :now"
                        + " and ((d.kind = :account and d.subject = :name) or (d.kind = :address and d.subject = :ip))",
                        Instant.class)
                .setParameter("now", clock.instant())
                .setParameter("account", SignInDelay.Kind.ACCOUNT).setParameter("name", SignInDelay.subjectOf(username))
                .setParameter("address", SignInDelay.Kind.ADDRESS).setParameter("ip", SignInDelay.subjectOf(clientAddress))
                .getSingleResult();
    }

    /** The delays of one attempt, as a pair locked in this order. */
    public record Pair(SignInDelay account, SignInDelay address) {
    }

    /**
     * The account's and the address's delays, locked until the caller's transaction ends, so that attempts at the
     * same moment are taken one after another and each sees the failures before it. Rows are created as needed
     * ({@code on duplicate key update} locks an existing row as well; always account first, then address).
     */
    public Pair lock(String username, String clientAddress) {
        String name = SignInDelay.subjectOf(username);
        String ip = SignInDelay.subjectOf(clientAddress);
        for (Object[] subject : List.of(new Object[] {SignInDelay.Kind.ACCOUNT, name},
                new Object[] {SignInDelay.Kind.ADDRESS, ip})) {
            em.createNativeQuery("insert into sign_in_delay (kind, subject, failures) values (?1, ?2, 0)"
                            + " on duplicate key update failures = failures")
                    .setParameter(1, subject[0].toString()).setParameter(2, subject[1]).executeUpdate();
        }
        List<SignInDelay> rows = em.createQuery("select d from SignInDelay d where (d.kind = :account"
                        + " and d.subject = :name) or (d.kind = :address and d.subject = :ip)", SignInDelay.class)
                .setParameter("account", SignInDelay.Kind.ACCOUNT).setParameter("name", name)
                .setParameter("address", SignInDelay.Kind.ADDRESS).setParameter("ip", ip)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return new Pair(
                rows.stream().filter(d -> d.kind() == SignInDelay.Kind.ACCOUNT).findFirst().orElseThrow(),
                rows.stream().filter(d -> d.kind() == SignInDelay.Kind.ADDRESS).findFirst().orElseThrow());
    }

    /** Rows that count nothing are not kept. */
    public void dropUnused(Pair delays) {
        for (SignInDelay delay : List.of(delays.account(), delays.address())) {
            if (delay.failures() == 0 && delay.notBefore() == null) {
                em.remove(delay);
            }
        }
    }

    /** Ends an account name's delay and failure count; returns the end of the delay that held, or null. */
    public Instant clear(String username) {
        Instant held = delayedUntil(username, null);
        em.createQuery("delete from SignInDelay d where d.kind = :account and d.subject = :name")
                .setParameter("account", SignInDelay.Kind.ACCOUNT)
                .setParameter("name", SignInDelay.subjectOf(username)).executeUpdate();
        return held;
    }

    /** Forgets failures nobody needs to remember any more (not cluster-critical: every server may run it). */
    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void purge() {
        Instant now = clock.instant();
        em.createQuery("delete from SignInDelay d where (d.notBefore is null or d.notBefore <= :now)"
                        + " and (d.lastFailureAt is null or d.lastFailureAt < :forgotten)")
                .setParameter("now", now)
                .setParameter("forgotten", now.minus(Duration.ofMinutes(forgetAfterMinutes)))
                .executeUpdate();
    }
}
