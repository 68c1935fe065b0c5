package com.dorsum.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** Where the audit chain ends: its last position and hash. Only the sealing step reads it for update. */
@Entity
public class AuditChainHead {

    static final byte ID = 1;

    @Id
    private byte id;

    private long position;

    private String chainHash;

    /** The highest record id sealed so far; records below it that commit late are still sealed (a window back). */
    private long lastAuditId;

    /** Records up to this id were written before records carried a MAC. */
    private long legacyUntil;

    protected AuditChainHead() {
    }

    AuditSeal append(AuditRecord record, Instant now) {
        AuditSeal seal = new AuditSeal(position + 1, record, chainHash, now);
        position = seal.getPosition();
        chainHash = seal.getChainHash();
        lastAuditId = Math.max(lastAuditId, record.getId());
        return seal;
    }

    long getPosition() {
        return position;
    }

    String getChainHash() {
        return chainHash;
    }

    long getLastAuditId() {
        return lastAuditId;
    }

    boolean isLegacy(AuditRecord record) {
        return record.getId() <= legacyUntil;
    }
}
