package com.dorsum.security;

import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/**
 * A person who signs in: staff in one role, or a patient linked to their own record. Only a salted PBKDF2 hash of
 * the password is kept. Failed sign-ins slow down the next ones ({@link SignInThrottle}), kept apart from the
 * account because unknown names are slowed down alike.
 */
@Entity
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 300)
    private String activationCodeHash;

    private Instant activationExpiresAt;

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public static UserAccount staff(String username, String passwordHash, Role role, Provider provider) {
        if (role == Role.PATIENT) {
            throw new IllegalArgumentException("a staff account cannot have the PATIENT role");
        }
        UserAccount account = new UserAccount(username, passwordHash, role);
        account.provider = provider;
        return account;
    }

    public static UserAccount forPatient(String username, String passwordHash, Patient patient) {
        UserAccount account = new UserAccount(username, passwordHash, Role.PATIENT);
        account.patient = patient;
        return account;
    }

    /** Whether a password can sign in to this account at all (active, and a password was set). */
    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    /**
     * A new one-time activation code (only its hash is kept); it replaces any earlier code and works until it
     * expires. The password, if any, keeps working until the code is used.
     */
    void issueActivationCode(String codeHash, Instant expiresAt) {
        activationCodeHash = codeHash;
        activationExpiresAt = expiresAt;
    }

    /** Whether an activation code may be redeemed now: one was issued and it has not expired. */
    boolean canActivate(Instant now) {
        return active && activationCodeHash != null && now.isBefore(activationExpiresAt);
    }

    /** The code was redeemed: the patient's own password replaces it, and the code can never be used again. */
    void activate(String newPasswordHash) {
        passwordHash = newPasswordHash;
        activationCodeHash = null;
        activationExpiresAt = null;
    }

    String getActivationCodeHash() {
        return activationCodeHash;
    }

    void deactivate() {
        active = false;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Patient getPatient() {
        return patient;
    }

    public Provider getProvider() {
        return provider;
    }

    public boolean isActive() {
        return active;
    }
}
