package com.dorsum.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedPasswordsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA256:210000:salt:hash";

    private final VerifiedPasswords verified = new VerifiedPasswords();

    @Test
    void aPasswordJustVerifiedIsRememberedForTheSameAccount() {
        verified.remember("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW);
        assertTrue(verified.remembers("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW.plusSeconds(60)));
        assertFalse(verified.remembers("physio", "Demo-2026!".toCharArray(), HASH, NOW.plusSeconds(60)));
    }

    @Test
    void anotherPasswordIsNeverTakenForTheRememberedOne() {
        verified.remember("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW);
        assertFalse(verified.remembers("frontdesk", "Demo-2026?".toCharArray(), HASH, NOW));
        assertFalse(verified.remembers("frontdesk", "".toCharArray(), HASH, NOW));
    }

    @Test
    void theMemoryEndsAfterItsLifetime() {
        verified.remember("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW);
        assertFalse(verified.remembers("frontdesk", "Demo-2026!".toCharArray(), HASH,
                NOW.plus(VerifiedPasswords.LIFETIME)));
    }

    @Test
    void aChangedPasswordHashInvalidatesTheMemory() {
        verified.remember("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW);
        assertFalse(verified.remembers("frontdesk", "Demo-2026!".toCharArray(), HASH + "-new", NOW));
    }

    @Test
    void aForgottenAccountMustVerifyAgain() {
        verified.remember("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW);
        verified.forget("frontdesk");
        assertFalse(verified.remembers("frontdesk", "Demo-2026!".toCharArray(), HASH, NOW));
    }
}
