package com.dorsum.audit;

import com.dorsum.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditRecordTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:30:15.123456Z");

    @Test
    void aRecordVerifiesUnderTheKeyItWasSignedWithOnly() {
        AuditRecord record = record("detail");
        record.sign(key(1));
        assertTrue(record.verifies(key(1)));
        assertFalse(record.verifies(key(2)));
    }

    @Test
    void anUnsignedRecordDoesNotVerify() {
        assertFalse(record("detail").verifies(key(1)));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherUnnoticed() {
        AuditRecord a = new AuditRecord(AT, "ab", Role.CLINICIAN, "127.0.0.1", AuditAction.PATIENT_VIEWED, 1L,
                AuditOutcome.SUCCESS, "c");
        AuditRecord b = new AuditRecord(AT, "a", Role.CLINICIAN, "127.0.0.1", AuditAction.PATIENT_VIEWED, 1L,
                AuditOutcome.SUCCESS, "bc");
        assertNotEquals(a.content().substring(40), b.content().substring(40));
    }

    @Test
    void timeIsKeptToTheMillisecondSoTheStoredValueVerifies() {
        assertEquals(Instant.parse("2026-12-01T09:30:15.123Z"), record("x").getOccurredAt());
    }

    @Test
    void theChainLinkDependsOnThePreviousLink() {
        AuditRecord record = record("x");
        assertNotEquals(AuditSeal.link(AuditSeal.GENESIS, withId(record, 7)),
                AuditSeal.link("1".repeat(64), withId(record, 7)));
    }

    private static AuditRecord record(String detail) {
        return new AuditRecord(AT, "clinician", Role.CLINICIAN, "127.0.0.1", AuditAction.PATIENT_VIEWED, 42L,
                AuditOutcome.SUCCESS, detail);
    }

    private static AuditRecord withId(AuditRecord record, long id) {
        try {
            var field = AuditRecord.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditKey key(int seed) {
        AuditKey key = new AuditKey();
        byte[] bytes = new byte[32];
        bytes[0] = (byte) seed;
        key.configuredKey = Optional.of(Base64.getEncoder().encodeToString(bytes));
        key.keyFile = Optional.empty();
        key.load();
        return key;
    }
}
