package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A patient's wish to cancel or move a visit. Inside the {@link ChangeWindow} it is carried out at once and kept as
 * APPLIED; later it WAITS in the front desk's queue until someone carries it out (DONE) or declines it with an
 * answer the patient reads. Never deleted.
 */
@Entity
public class VisitChangeRequest extends AuditedEntity {

    public enum Kind { CANCEL, MOVE }

    public enum Status { APPLIED, WAITING, DONE, DECLINED }

    @Column(nullable = false, updatable = false)
    private long appointmentId;

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Kind kind;

    @Column(updatable = false)
    private LocalDateTime wishedStart;

    @Column(updatable = false, length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false, updatable = false)
    private Instant askedAt;

    @Column(length = 80)
    private String handledBy;

    private Instant handledAt;

    @Column(length = 500)
    private String answer;

    protected VisitChangeRequest() {
    }

    VisitChangeRequest(Appointment appointment, Kind kind, LocalDateTime wishedStart, String note, boolean applied,
                       Instant at) {
        this.appointmentId = appointment.getId();
        this.patientId = appointment.getPatientId();
        this.kind = kind;
        this.wishedStart = wishedStart;
        this.note = note;
        this.askedAt = at;
        this.status = applied ? Status.APPLIED : Status.WAITING;
    }

    void settle(Status outcome, String by, Instant at, String answer) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("this request was already " + status.name().toLowerCase());
        }
        if (outcome != Status.DONE && outcome != Status.DECLINED) {
            throw new IllegalArgumentException("a request is settled as done or declined");
        }
        this.status = outcome;
        this.handledBy = by;
        this.handledAt = at;
        this.answer = answer;
    }

    /** Where the request stands, in the patient's words. */
    public String forPatient() {
        return switch (status) {
            case APPLIED -> kind == Kind.CANCEL ? "Cancelled by you" : "Moved by you";
            case WAITING -> "Waiting for the front desk";
            case DONE -> kind == Kind.CANCEL ? "Cancelled by the front desk" : "Moved by the front desk";
            case DECLINED -> "Not possible" + (answer == null ? "" : ": " + answer);
        };
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public long getPatientId() {
        return patientId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDateTime getWishedStart() {
        return wishedStart;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getAnswer() {
        return answer;
    }
}
