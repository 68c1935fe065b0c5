package com.dorsum.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers for a few minutes that a password was verified. The REST API uses HTTP Basic, a password on every
 * request, and PBKDF2 is slow on purpose (about a tenth of a second here), so without this every API call would
 * pay it. Only an HMAC of the password is kept, under a key that exists in this JVM's memory only; an entry holds
 * only while the account's stored hash is unchanged, and lock and active flag are still read from the database on
 * every sign-in.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] mac, String storedHash, Instant expires) {
    }

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was verified against this stored hash less than {@link #LIFETIME} ago. */
    boolean remembers(String username, char[] password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null || !now.isBefore(entry.expires()) || !entry.storedHash().equals(storedHash)) {
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    void remember(String username, char[] password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password), storedHash, now.plus(LIFETIME)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(bytes);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
