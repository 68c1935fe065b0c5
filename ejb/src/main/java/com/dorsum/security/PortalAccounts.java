package com.dorsum.security;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Portal accounts. The front desk opens a patient's account, which gets a one-time activation code that expires
 * ({@code clinic.portal.activation-days}, default 7) instead of a password; the patient redeems it once, choosing
 * a password of at least the {@link PasswordStrength} minimum. A wrong code counts as a failed sign-in, so the
 * usual delays ({@link SignInThrottle}) stop guessing. Issuing a new code (lost code, forgotten password) replaces the old one.
 */
@Stateless
public class PortalAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");
    // No 0/O, 1/I/L: the code is read out or copied by hand.
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "clinic.portal.activation-days", defaultValue = "7")
    int activationDays;

    /** Opens the patient's portal account, or gives an existing one a new code; the code is shown only now. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public ActivationCode issue(long patientId, String requestedUsername) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw new NotFound("patient");
        }
        UserAccount account = em.createQuery("select a from UserAccount a where a.patient.id = :p"
                        + " and a.role = :r", UserAccount.class)
                .setParameter("p", patientId).setParameter("r", Role.PATIENT)
                .getResultStream().findFirst().orElseGet(() -> open(patient, requestedUsername));
        String code = newCode();
        Instant expiresAt = clock.instant().plus(Duration.ofDays(activationDays));
        account.issueActivationCode(accounts.hash(normalized(code).toCharArray()), expiresAt);
        audit.record(AuditAction.PORTAL_ACCOUNT_OPENED, patientId, "activation code for " + account.getUsername()
                + " until " + expiresAt);
        return new ActivationCode(account.getUsername(), code, expiresAt);
    }

    /**
     * The patient's first sign-in: the activation code and the password they choose. A weak password is refused
     * before the code is tried; a wrong, used or expired code is refused without saying which.
     */
    @PermitAll
    public void activate(String username, String code, String password, String clientAddress) {
        List<Violation> weak = PasswordStrength.check(password, Role.PATIENT, username);
        if (username == null || username.isBlank() || code == null || code.isBlank()) {
            throw new InvalidInput(username == null || username.isBlank() ? "username" : "code", "is required");
        }
        if (!weak.isEmpty()) {
            throw new InvalidInput(weak);
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        Optional<Long> patientId = accounts.redeemActivation(name, normalized(code), password.toCharArray(),
                clientAddress);
        if (patientId.isEmpty()) {
            audit.refused(AuditAction.PORTAL_ACCOUNT_ACTIVATED, null, "activation of " + name);
            throw new DomainException(DomainException.Kind.INVALID, "ACTIVATION_REFUSED",
                    "The user name or activation code is wrong, the code has expired or was used, or there were too "
                            + "many attempts (then wait a few minutes). Check the code, or ask the front desk for a "
                            + "new one.");
        }
        audit.record(AuditAction.PORTAL_ACCOUNT_ACTIVATED, patientId.get(), name);
    }

    private UserAccount open(Patient patient, String requestedUsername) {
        String username = requestedUsername == null ? "" : requestedUsername.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "Use 3 to 80 small letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidInput("username", "This user name is taken");
        }
        UserAccount account = UserAccount.forPatient(username, null, patient);
        em.persist(account);
        return account;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Codes are compared without dashes, spaces or case, as people type them. */
    static String normalized(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
