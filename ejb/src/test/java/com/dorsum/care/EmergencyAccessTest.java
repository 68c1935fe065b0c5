package com.dorsum.care;

import com.dorsum.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmergencyAccessTest {

    private static final Instant GRANTED = Instant.parse("2026-12-01T09:00:00Z");

    private static EmergencyAccess opened() {
        return new EmergencyAccess(7, "physio", EmergencyReason.COVERING_COLLEAGUE, "Dr. Conrad is ill", GRANTED,
                Duration.ofHours(24));
    }

    @Test
    void breakGlassAccessLasts24HoursFromOpening() {
        EmergencyAccess access = opened();
        assertEquals(GRANTED.plus(Duration.ofHours(24)), access.getExpiresAt());
        assertTrue(access.isOpenAt(GRANTED));
        assertTrue(access.isOpenAt(GRANTED.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertFalse(access.isOpenAt(GRANTED.plus(Duration.ofHours(24))));
        assertFalse(access.isOpenAt(GRANTED.minusSeconds(1)));
    }

    @Test
    void anAdministratorReviewsItOnce() {
        EmergencyAccess access = opened();
        assertFalse(access.isReviewed());
        access.review("admin", "confirmed", GRANTED.plus(Duration.ofHours(2)));
        assertTrue(access.isReviewed());
        assertEquals("admin", access.getReviewedBy());
        DomainException again = assertThrows(DomainException.class,
                () -> access.review("admin", "again", GRANTED.plus(Duration.ofHours(3))));
        assertEquals("ALREADY_REVIEWED", again.code());
    }
}
