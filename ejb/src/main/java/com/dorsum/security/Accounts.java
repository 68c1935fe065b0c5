package com.dorsum.security;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditOutcome;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-in checks and account creation. Passwords are hashed with PBKDF2 (HMAC-SHA256, 210,000 iterations, a random
 * 32-byte salt each), the hash format of Jakarta Security's {@link Pbkdf2PasswordHash}. Every attempt does the same
 * work whether the name exists or not (an unknown or inactive name is checked against a dummy hash), gets the same
 * answer, and goes through the {@link SignInThrottle}; sign-ins, failures, delays and unlocks are audited with the
 * client address.
 */
@Stateless
public class Accounts {

    private static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");
    private static final String UNKNOWN_ADDRESS = "unknown";
    /** A hash of a random password, made once: what a name without a usable password is checked against. */
    private static volatile String dummyHash;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    VerifiedPasswords verifiedPasswords;

    @Inject
    SignInDelays delays;

    @Inject
    AuditTrail audit;

    /**
     * A sign-in on the login form: checks a user name and password from a client address. Runs in a transaction
     * of its own so that a failure is counted and audited even though the caller's sign-in fails.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String username, char[] password, String clientAddress) {
        return attempt(username, password, clientAddress, false);
    }

    /**
     * The credentials of one API request (HTTP Basic sends them with every request). A password verified a few
     * minutes ago is not a new sign-in: it is neither counted nor audited again, but a delay still holds for it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult authenticateRequest(String username, char[] password, String clientAddress) {
        return attempt(username, password, clientAddress, true);
    }

    private SignInResult attempt(String username, char[] password, String clientAddress, boolean mayRemember) {
        String name = username == null ? "" : username;
        String address = clientAddress == null || clientAddress.isBlank() ? UNKNOWN_ADDRESS : clientAddress;
        Instant now = clock.instant();
        Optional<UserAccount> found = findByUsername(name).filter(UserAccount::canSignIn);
        if (mayRemember && found.isPresent()
                && verifiedPasswords.remembers(name, password, found.get().getPasswordHash(), now)
                && delays.delayedUntil(name, address) == null) {
            return SignInResult.admitted(signedIn(found.get()));
        }
        SignInDelays.Pair locked = delays.lock(name, address);
        SignInThrottle.Verdict verdict = delays.throttle().attempt(locked.account(), locked.address(),
                () -> passwordMatches(found, name, password, now));
        switch (verdict.outcome()) {
            case ADMITTED -> {
                delays.dropUnused(locked);
                SignedIn signedIn = signedIn(found.orElseThrow());
                audit.signInEvent(AuditAction.SIGN_IN, signedIn.username(), address, AuditOutcome.SUCCESS,
                        String.join(",", signedIn.groups()));
                return SignInResult.admitted(signedIn);
            }
            case DELAYED -> {
                delays.dropUnused(locked);
                audit.signInEvent(AuditAction.SIGN_IN_DELAYED, name, address, AuditOutcome.REFUSED,
                        "refused unchecked: " + delayOf(locked) + " until " + verdict.notBefore());
                return SignInResult.delayed(verdict.notBefore());
            }
            default -> {
                audit.signInEvent(AuditAction.SIGN_IN, name, address, AuditOutcome.REFUSED,
                        (found.isPresent() ? "wrong password" : "no such active account")
                                + (verdict.notBefore() == null ? ""
                                : "; " + delayOf(locked) + " delayed until " + verdict.notBefore()));
                return SignInResult.REFUSED;
            }
        }
    }

    private static String delayOf(SignInDelays.Pair delays) {
        Instant account = delays.account().notBefore();
        Instant address = delays.address().notBefore();
        if (account != null && (address == null || !address.isAfter(account))) {
            return "account (" + delays.account().failures() + " failures)";
        }
        return "address (" + delays.address().failures() + " failures)";
    }

    private static SignedIn signedIn(UserAccount account) {
        return new SignedIn(account.getUsername(), Set.of(account.getRole().name()));
    }

    /**
     * Ends the delay failed sign-ins put on an account, at once (an ADMIN helping a user an attacker keeps
     * delaying, or one who mistyped too often); audited with the ADMIN's client address.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void unlock(String username, String adminName, String adminAddress) {
        UserAccount account = findByUsername(username).orElseThrow(() -> new NotFound("account"));
        Instant held = delays.clear(account.getUsername());
        audit.signInEvent(AuditAction.ACCOUNT_UNLOCKED, adminName, adminAddress, AuditOutcome.SUCCESS,
                account.getUsername() + (held == null ? ": no delay held" : ": delayed until " + held));
    }

    /** Signing out of the screens; the session has already ended. */
    public void signedOut(String username, String clientAddress) {
        audit.signInEvent(AuditAction.SIGN_OUT, username, clientAddress, AuditOutcome.SUCCESS, null);
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

    /** How people are named to others (a patient's access history): the provider's name, else the username. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from UserAccount a left join fetch a.provider where a.username in :u",
                        UserAccount.class)
                .setParameter("u", usernames).getResultStream()
                .collect(Collectors.toMap(UserAccount::getUsername,
                        a -> a.getProvider() == null ? a.getUsername() : a.getProvider().getName()));
    }

    /**
     * The PBKDF2 check; for a name without a usable password the same check against the dummy hash, so that the
     * answer takes as long. A success is remembered for a few minutes (see {@link VerifiedPasswords}).
     */
    private boolean passwordMatches(Optional<UserAccount> account, String name, char[] password, Instant now) {
        hasher();
        if (account.isEmpty()) {
            passwordHash.verify(password, dummyHash());
            return false;
        }
        boolean verified = passwordHash.verify(password, account.get().getPasswordHash());
        if (verified) {
            verifiedPasswords.remember(name, password, account.get().getPasswordHash(), now);
        } else {
            verifiedPasswords.forget(name);
        }
        return verified;
    }

    private String dummyHash() {
        if (dummyHash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            dummyHash = passwordHash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
        }
        return dummyHash;
    }

    /**
     * Redeems a portal account's one-time activation code and sets the patient's chosen password. The code is a
     * password like any other: checked against a dummy hash for an unknown name, counted by the
     * {@link SignInThrottle}, refused unchecked during a delay. The password must not be guessable from the
     * patient's own names either (known only once the code is right). Runs in a transaction of its own so that a
     * wrong code counts even though the caller's activation fails. Returns the patient's id when the code was right.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> redeemActivation(String username, String code, char[] newPassword, String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? UNKNOWN_ADDRESS : clientAddress;
        Instant now = clock.instant();
        Optional<UserAccount> found = findByUsername(username)
                .filter(a -> a.getRole() == Role.PATIENT && a.canActivate(now));
        SignInDelays.Pair locked = delays.lock(username, address);
        SignInThrottle.Verdict verdict = delays.throttle().attempt(locked.account(), locked.address(), () -> {
            hasher();
            return passwordHash.verify(code.toCharArray(),
                    found.map(UserAccount::getActivationCodeHash).orElseGet(this::dummyHash)) && found.isPresent();
        });
        if (verdict.outcome() != SignInThrottle.Outcome.ADMITTED) {
            return Optional.empty();
        }
        UserAccount account = found.orElseThrow();
        Patient patient = account.getPatient();
        List<Violation> weak = PasswordStrength.check(new String(newPassword), Role.PATIENT, account.getUsername(),
                patient.getGivenName(), patient.getFamilyName());
        if (!weak.isEmpty()) {
            throw new InvalidInput(weak);
        }
        delays.dropUnused(locked);
        account.activate(hash(newPassword));
        return Optional.of(patient.getId());
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
