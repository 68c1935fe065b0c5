package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A patient's calendar subscription: calendar apps cannot sign in, so the feed's address carries a long random
 * secret instead. Only its SHA-256 is stored; a new link replaces the old one, which then stops working.
 */
@Entity
public class CalendarFeed extends AuditedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(nullable = false, unique = true, updatable = false)
    private long patientId;

    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;

    protected CalendarFeed() {
    }

    CalendarFeed(long patientId) {
        this.patientId = patientId;
    }

    /** A new secret for the link; returned once, only its hash is kept. */
    String renew() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokenHash = hash(token);
        return token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public long getPatientId() {
        return patientId;
    }
}
