package com.dorsum.referrals;

import com.dorsum.people.Patient;
import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** A recorded scoliosis screen (R12): the exam findings, who examined and when. */
@Entity
public class ScoliosisScreen extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private RibHump forwardBendRibHump;

    @Column(nullable = false, updatable = false)
    private boolean muscleWeakness;

    @Column(nullable = false, updatable = false)
    private boolean numbness;

    @Column(nullable = false, updatable = false)
    private boolean abnormalReflexes;

    @Column(updatable = false, length = 1000)
    private String notes;

    @Column(nullable = false, updatable = false)
    private boolean positive;

    @Column(nullable = false, updatable = false, length = 80)
    private String examinedBy;

    @Column(nullable = false, updatable = false)
    private Instant examinedAt;

    protected ScoliosisScreen() {
    }

    /** The findings must have passed validation. */
    public ScoliosisScreen(Patient patient, ScoliosisFindings findings, String by, Instant at) {
        this.patient = patient;
        this.forwardBendRibHump = findings.getForwardBendRibHump();
        this.muscleWeakness = findings.isMuscleWeakness();
        this.numbness = findings.isNumbness();
        this.abnormalReflexes = findings.isAbnormalReflexes();
        this.notes = findings.getNotes() == null || findings.getNotes().isBlank() ? null : findings.getNotes().trim();
        this.positive = findings.isPositive();
        this.examinedBy = by;
        this.examinedAt = at;
    }

    public boolean isPositive() {
        return positive;
    }

    public Instant getExaminedAt() {
        return examinedAt;
    }

    public String getExaminedBy() {
        return examinedBy;
    }
}
