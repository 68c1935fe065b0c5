package com.dorsum.injections;

import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A complication after a performed injection (R8: infection, bleeding, local muscle atrophy, nerve irritation or
 * damage), with the day it was noticed and its severity. Counted in the complication report against the clinician
 * who performed the injection. Never deleted.
 */
@Entity
public class Complication extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long injectionId;

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ComplicationKind kind;

    @Column(nullable = false)
    private LocalDate noticedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(length = 2000)
    private String notes;

    protected Complication() {
    }

    /** After a performed injection only, noticed between the injection and {@code today}. */
    public Complication(Injection after, ComplicationKind kind, LocalDate noticedOn, Severity severity, String notes,
                        LocalDate today) {
        if (after.getStatus() != InjectionStatus.PERFORMED) {
            throw new InvalidInput("injection", "Complications are recorded for performed injections");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "The kind of complication is required");
        }
        if (severity == null) {
            throw new InvalidInput("severity", "The severity is required (MILD, MODERATE or SEVERE)");
        }
        if (noticedOn == null || noticedOn.isBefore(after.date()) || noticedOn.isAfter(today)) {
            throw new InvalidInput("noticedOn", "The day it was noticed is required, from the injection ("
                    + after.date() + ") to today");
        }
        if (notes != null && notes.length() > 2000) {
            throw new InvalidInput("notes", "Notes must be at most 2000 characters");
        }
        this.injectionId = after.getId();
        this.patientId = after.getPatientId();
        this.kind = kind;
        this.noticedOn = noticedOn;
        this.severity = severity;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    public long getInjectionId() {
        return injectionId;
    }

    public long getPatientId() {
        return patientId;
    }

    public ComplicationKind getKind() {
        return kind;
    }

    public LocalDate getNoticedOn() {
        return noticedOn;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getNotes() {
        return notes;
    }
}
