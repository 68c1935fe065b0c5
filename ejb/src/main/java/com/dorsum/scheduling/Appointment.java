package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One booked slot: a patient with a provider in a room for one kind of visit. While it is booked its time is
 * claimed for all three (see {@link SlotClaims}); cancelling releases the claim. Never deleted: a cancelled
 * appointment keeps its reason and whether it was cancelled late.
 */
@Entity
public class Appointment extends AuditedEntity {

    @Column(nullable = false)
    private long patientId;

    @Column(nullable = false)
    private long providerId;

    @Column(nullable = false)
    private long roomId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitKind kind;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(length = 300)
    private String cancelReason;

    @Column(nullable = false)
    private boolean lateCancellation;

    /** The course this appointment is a session of; null for a single visit. */
    @Column(name = "course_id")
    private Long courseId;

    protected Appointment() {
    }

    public Appointment(long patientId, long providerId, long roomId, VisitKind kind, TimeSlot slot) {
        this.patientId = patientId;
        this.providerId = providerId;
        this.roomId = roomId;
        this.kind = kind;
        this.start = slot.start();
        this.end = slot.end();
    }

    /** A session of a course (R1-R4). */
    Appointment(long patientId, PlannedSession session, VisitKind kind, long courseId) {
        this(patientId, session.providerId(), session.roomId(), kind, session.slot());
        this.courseId = courseId;
    }

    public TimeSlot slot() {
        return new TimeSlot(start, end);
    }

    public boolean isActive() {
        return status == AppointmentStatus.BOOKED || status == AppointmentStatus.CHECKED_IN;
    }

    void moveTo(TimeSlot slot) {
        requireBooked("moved");
        start = slot.start();
        end = slot.end();
    }

    /** Cancelled after the {@link ChangeWindow} closed (less than 24 hours before) counts as late. */
    void cancel(String reason, LocalDateTime now) {
        requireBooked("cancelled");
        status = AppointmentStatus.CANCELLED;
        cancelReason = reason;
        lateCancellation = !ChangeWindow.isFree(start, now);
    }

    /** The patient arrived: only on the visit's own day. */
    void checkIn(LocalDate today) {
        requireBooked("checked in");
        if (!today.equals(start.toLocalDate())) {
            throw new NotOnVisitDay("A visit is checked in on its day (" + start.toLocalDate() + "), not on "
                    + today, start.toLocalDate());
        }
        status = AppointmentStatus.CHECKED_IN;
    }

    void markNoShow() {
        requireBooked("marked as no-show");
        status = AppointmentStatus.NO_SHOW;
    }

    /** The visit took place: on its day or recorded later, never ahead of it. */
    void complete(LocalDate today) {
        if (!isActive()) {
            throw new IllegalStateException("only a booked or checked-in appointment can be completed");
        }
        if (today.isBefore(start.toLocalDate())) {
            throw new NotOnVisitDay("A visit on " + start.toLocalDate() + " cannot be done before its day",
                    start.toLocalDate());
        }
        status = AppointmentStatus.DONE;
    }

    private void requireBooked(String what) {
        if (status != AppointmentStatus.BOOKED) {
            throw new IllegalStateException("a " + status.name().toLowerCase().replace('_', '-')
                    + " appointment cannot be " + what);
        }
    }

    public long getPatientId() {
        return patientId;
    }

    public long getProviderId() {
        return providerId;
    }

    public long getRoomId() {
        return roomId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public Long getCourseId() {
        return courseId;
    }
}
