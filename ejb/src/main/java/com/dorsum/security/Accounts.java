package com.dorsum.security;

import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in checks and account creation. Passwords are hashed with PBKDF2 (HMAC-SHA256, 210,000 iterations, a random
 * 32-byte salt each), the hash format of Jakarta Security's {@link Pbkdf2PasswordHash}.
 */
@Stateless
public class Accounts {

    private static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    VerifiedPasswords verifiedPasswords;

    /**
     * Checks a username and password. Runs in a transaction of its own so that a failed attempt is counted even
     * though the caller's sign-in fails.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SignedIn> verify(String username, char[] password) {
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.canSignIn(now)) {
            return Optional.empty();
        }
        if (verifiedPasswords.remembers(username, password, account.getPasswordHash(), now)
                || slowVerify(account, password, now)) {
            account.signInSucceeded();
            return Optional.of(new SignedIn(account.getUsername(), Set.of(account.getRole().name())));
        }
        verifiedPasswords.forget(username);
        account.signInFailed(now);
        return Optional.empty();
    }

    public UserAccount createStaff(String username, char[] password, Role role, Provider provider) {
        UserAccount account = UserAccount.staff(username, hash(password), role, provider);
        em.persist(account);
        return account;
    }

    public UserAccount createForPatient(String username, char[] password, Patient patient) {
        UserAccount account = UserAccount.forPatient(username, hash(password), patient);
        em.persist(account);
        return account;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** The provider a clinician's account belongs to. */
    public Optional<Long> providerIdOf(String username) {
        return em.createQuery("select a.provider.id from UserAccount a where a.username = :u"
                        + " and a.provider is not null", Long.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** The patient record a PATIENT account belongs to. */
    public Optional<Long> patientIdOf(String username) {
        return em.createQuery("select a.patient.id from UserAccount a where a.username = :u and a.role = :r",
                        Long.class)
                .setParameter("u", username)
                .setParameter("r", Role.PATIENT)
                .getResultStream().findFirst();
    }

    /** The PBKDF2 check; a success is remembered for a few minutes (see {@link VerifiedPasswords}). */
    private boolean slowVerify(UserAccount account, char[] password, Instant now) {
        hasher();
        boolean verified = passwordHash.verify(password, account.getPasswordHash());
        if (verified) {
            verifiedPasswords.remember(account.getUsername(), password, account.getPasswordHash(), now);
        }
        return verified;
    }

    /**
     * Redeems a portal account's one-time activation code and sets the patient's chosen password. Runs in a
     * transaction of its own so that a wrong code counts as a failed attempt (and locks like one) even though the
     * caller's activation fails. Returns the patient's id when the code was right.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> redeemActivation(String username, String code, char[] newPassword) {
        Optional<UserAccount> found = findByUsername(username).filter(a -> a.getRole() == Role.PATIENT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.canActivate(clock.instant())) {
            return Optional.empty();
        }
        hasher();
        if (!passwordHash.verify(code.toCharArray(), account.getActivationCodeHash())) {
            account.signInFailed(clock.instant());
            return Optional.empty();
        }
        account.activate(hash(newPassword));
        return Optional.of(account.getPatient().getId());
    }

    /** A PBKDF2 hash of a password or an activation code. */
    public String hash(char[] password) {
        hasher();
        return passwordHash.generate(password);
    }

    private void hasher() {
        passwordHash.initialize(HASH_PARAMETERS);
    }
}
