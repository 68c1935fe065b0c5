package com.dorsum.audit;

import com.dorsum.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One entry of the audit trail. Append-only: every column is insert-only and the class offers no way to change
 * an entry once written. Its {@link #content()} is what its MAC and its link in the chain cover (R22).
 */
@Entity
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    @Convert(converter = MillisecondTime.class)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 80)
    private String username;

    /** Where the request came from; kept for sign-in events. */
    @Column(updatable = false, length = 45)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private AuditOutcome outcome;

    @Column(updatable = false, length = 500)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private Role role;

    @Column(updatable = false, length = 36)
    private String recordKey;

    @Column(updatable = false, length = 64)
    private String mac;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String username, Role role, String clientAddress, AuditAction action,
                Long patientId, AuditOutcome outcome, String detail) {
        // Stored to the microsecond; kept to the millisecond so that what is MACed is exactly what is read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.username = cut(username, 80);
        this.role = role;
        this.clientAddress = cut(clientAddress, 45);
        this.action = action;
        this.patientId = patientId;
        this.outcome = outcome;
        this.detail = cut(detail, 500);
        this.recordKey = UUID.randomUUID().toString();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    void sign(AuditKey key) {
        this.mac = key.mac(content());
    }

    /** Whether the record is as the application wrote it; records from before R22 carry no MAC. */
    boolean verifies(AuditKey key) {
        return mac != null && MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
                key.mac(content()).getBytes(StandardCharsets.US_ASCII));
    }

    /** Every field, each as its length and its text, so that no two different records read the same. */
    String content() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[]{recordKey, occurredAt.toEpochMilli(), username, role, clientAddress, action,
                patientId, outcome, detail}) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getPatientId() {
        return patientId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public Role getRole() {
        return role;
    }
}
