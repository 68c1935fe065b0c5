package com.dorsum.care;

import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Duration;
import java.time.Instant;

/**
 * Break-glass access (R20): a clinician outside the care team opened a patient's clinical content, with a reason,
 * for a limited time. It waits on ADMIN's review list until an ADMIN reviews it (once, with a note).
 */
@Entity
public class EmergencyAccess extends AuditedEntity {

    static final int MAX_NOTE = 1000;

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Column(nullable = false, updatable = false, length = 80)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private EmergencyReason reason;

    @Column(length = MAX_NOTE, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    private Instant reviewedAt;

    @Column(length = 80)
    private String reviewedBy;

    @Column(length = MAX_NOTE)
    private String reviewNote;

    protected EmergencyAccess() {
    }

    EmergencyAccess(long patientId, String username, EmergencyReason reason, String note, Instant at,
                    Duration lasting) {
        this.patientId = patientId;
        this.username = username;
        this.reason = reason;
        this.note = note;
        this.grantedAt = at;
        this.expiresAt = at.plus(lasting);
    }

    public boolean isOpenAt(Instant at) {
        return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
    }

    void review(String by, String reviewNote, Instant at) {
        if (reviewedAt != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_REVIEWED",
                    "This emergency access was reviewed already by " + reviewedBy);
        }
        this.reviewedBy = by;
        this.reviewNote = reviewNote;
        this.reviewedAt = at;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public long getPatientId() {
        return patientId;
    }

    public String getUsername() {
        return username;
    }

    public EmergencyReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
