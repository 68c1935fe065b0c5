package com.dorsum.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * One entry of the audit trail. Append-only: every column is insert-only and the class offers no way to change
 * an entry once written.
 */
@Entity
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
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

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String username, String clientAddress, AuditAction action, Long patientId,
                AuditOutcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.username = cut(username, 80);
        this.clientAddress = cut(clientAddress, 45);
        this.action = action;
        this.patientId = patientId;
        this.outcome = outcome;
        this.detail = cut(detail, 500);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
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
}
