package com.dorsum.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain (R22): the record at this position, and the hash of the previous link's hash and this
 * record's content. Changing, removing or reordering a sealed record breaks every link from it on.
 */
@Entity
public class AuditSeal {

    static final String GENESIS = "0".repeat(64);

    @Id
    private long position;

    @Column(nullable = false, updatable = false)
    private long auditId;

    @Column(nullable = false, updatable = false, length = 64)
    private String chainHash;

    @Column(nullable = false, updatable = false)
    private Instant sealedAt;

    protected AuditSeal() {
    }

    AuditSeal(long position, AuditRecord record, String previousHash, Instant sealedAt) {
        this.position = position;
        this.auditId = record.getId();
        this.chainHash = link(previousHash, record);
        this.sealedAt = sealedAt;
    }

    static String link(String previousHash, AuditRecord record) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(record.getId().toString().getBytes(StandardCharsets.US_ASCII));
            sha256.update(record.content().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    long getPosition() {
        return position;
    }

    long getAuditId() {
        return auditId;
    }

    String getChainHash() {
        return chainHash;
    }
}
