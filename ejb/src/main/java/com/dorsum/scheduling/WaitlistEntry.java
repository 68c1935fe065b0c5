package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A patient waiting for an earlier visit of one therapy at a part of the day. A freed slot that matches is offered
 * to the longest-waiting patient ({@link #wants}); the front desk books the offer or declines it, which puts the
 * patient back in the queue.
 */
@Entity
public class WaitlistEntry extends AuditedEntity {

    @Column(nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitKind therapy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PartOfDay partOfDay;

    @Column(length = 300)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WaitlistStatus status = WaitlistStatus.WAITING;

    private LocalDateTime offeredStart;

    private Long offeredProviderId;

    private Instant offeredAt;

    private Long appointmentId;

    protected WaitlistEntry() {
    }

    public WaitlistEntry(long patientId, VisitKind therapy, PartOfDay partOfDay, String note) {
        if (therapy == null) {
            throw new IllegalArgumentException("the therapy the patient waits for is required");
        }
        this.patientId = patientId;
        this.therapy = therapy;
        this.partOfDay = partOfDay == null ? PartOfDay.ANY : partOfDay;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    /** Whether this patient is still waiting for such a slot (and is not the one who just gave it up). */
    public boolean wants(SlotFreed freed) {
        return status == WaitlistStatus.WAITING && therapy == freed.kind() && patientId != freed.patientId()
                && partOfDay.contains(freed.slot().start().toLocalTime());
    }

    void offer(SlotFreed freed, Instant now) {
        status = WaitlistStatus.OFFERED;
        offeredStart = freed.slot().start();
        offeredProviderId = freed.providerId();
        offeredAt = now;
    }

    void booked(Appointment appointment) {
        requireOffered();
        status = WaitlistStatus.BOOKED;
        appointmentId = appointment.getId();
    }

    /** The patient cannot take the offer; they wait for the next one. */
    void decline() {
        requireOffered();
        status = WaitlistStatus.WAITING;
        offeredStart = null;
        offeredProviderId = null;
        offeredAt = null;
    }

    void withdraw() {
        if (status == WaitlistStatus.BOOKED || status == WaitlistStatus.WITHDRAWN) {
            throw new IllegalStateException("the entry is " + status.name().toLowerCase() + " already");
        }
        status = WaitlistStatus.WITHDRAWN;
    }

    private void requireOffered() {
        if (status != WaitlistStatus.OFFERED) {
            throw new IllegalStateException("no slot is offered to this patient");
        }
    }

    public long getPatientId() {
        return patientId;
    }

    public VisitKind getTherapy() {
        return therapy;
    }

    public PartOfDay getPartOfDay() {
        return partOfDay;
    }

    public String getNote() {
        return note;
    }

    public WaitlistStatus getStatus() {
        return status;
    }

    public LocalDateTime getOfferedStart() {
        return offeredStart;
    }

    public Long getOfferedProviderId() {
        return offeredProviderId;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }
}
