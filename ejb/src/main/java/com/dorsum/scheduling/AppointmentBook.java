package com.dorsum.scheduling;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.CareTeams;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Books, moves and cancels single appointments (R5), only within the {@link BookingWindow}; checks visits in on
 * their day and marks them done on or after it. A booking goes by the care team first (R19: the front desk's puts
 * the clinician on it, a clinician books only for a patient in their care). The Java checks give the user a reason;
 * the slot claims in the database make double booking impossible even when two users book at the same moment.
 */
@Stateless
public class AppointmentBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendar calendar;

    @Inject
    SlotClaims claims;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    CareTeams careTeams;

    @Inject
    Clock clock;

    @Inject
    Event<SlotFreed> freed;

    @Inject
    Event<AppointmentChanged> changed;

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Appointment book(long patientId, long providerId, Long roomId, VisitKind kind, LocalDateTime start) {
        if (kind == null || start == null) {
            throw new InvalidInput(kind == null ? "kind" : "start", "is required");
        }
        if (em.find(Patient.class, patientId) == null) {
            throw new NotFound("patient");
        }
        careTeams.booking(patientId, List.of(providerId));
        TimeSlot slot = slot(start, kind);
        Provider provider = provider(providerId);
        Room room = roomId != null ? room(roomId) : firstFreeRoom(provider, kind, slot);
        check(provider, room, kind, slot);
        Appointment appointment = new Appointment(patientId, providerId, room.getId(), kind, slot);
        em.persist(appointment);
        em.flush();
        claims.claim(appointment);
        changed.fire(new AppointmentChanged(appointment, AppointmentChanged.Change.BOOKED));
        audit.record(AuditAction.APPOINTMENT_BOOKED, patientId, kind + " " + slot.start());
        return appointment;
    }

    /**
     * Moves an appointment; a course's session only within its course's rules (R1/R2), then R5 as any visit. Staff
     * move any visit; a patient only their own, and only while the {@link ChangeWindow} is open.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.PATIENT_NAME})
    public Appointment reschedule(long appointmentId, LocalDateTime newStart) {
        if (newStart == null) {
            throw new InvalidInput("start", "is required");
        }
        Appointment appointment = appointment(appointmentId);
        requireFreeChangeByPatient(appointment, AuditAction.APPOINTMENT_RESCHEDULED);
        TimeSlot slot = slot(newStart, appointment.getKind());
        TimeSlot before = appointment.slot();
        if (appointment.getCourseId() != null) {
            domain(() -> em.find(Course.class, appointment.getCourseId()).checkMove(appointment, slot));
        }
        check(provider(appointment.getProviderId()), room(appointment.getRoomId()), appointment.getKind(), slot);
        claims.release(appointment);
        domain(() -> appointment.moveTo(slot));
        em.flush();
        claims.claim(appointment);
        changed.fire(new AppointmentChanged(appointment, AppointmentChanged.Change.MOVED));
        audit.record(AuditAction.APPOINTMENT_RESCHEDULED, appointment.getPatientId(), "to " + slot.start());
        freed.fire(SlotFreed.of(appointment, before));
        return appointment;
    }

    /** Staff cancel any visit; a patient only their own, and only while the {@link ChangeWindow} is open. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.PATIENT_NAME})
    public Appointment cancel(long appointmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "A reason for the cancellation is required");
        }
        Appointment appointment = appointment(appointmentId);
        requireFreeChangeByPatient(appointment, AuditAction.APPOINTMENT_CANCELLED);
        domain(() -> appointment.cancel(reason.trim(), LocalDateTime.now(clock)));
        claims.release(appointment);
        changed.fire(new AppointmentChanged(appointment, AppointmentChanged.Change.CANCELLED));
        audit.record(AuditAction.APPOINTMENT_CANCELLED, appointment.getPatientId(), reason.trim()
                + (appointment.isLateCancellation() ? " (late)" : ""));
        freed.fire(SlotFreed.of(appointment, appointment.slot()));
        return appointment;
    }

    /** The patient did not come: only once the appointment has started; its time is not offered again. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Appointment recordNoShow(long appointmentId) {
        Appointment appointment = appointment(appointmentId);
        if (appointment.getStart().isAfter(LocalDateTime.now(clock))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "APPOINTMENT_STATE",
                    "An appointment that has not started yet cannot be a no-show; cancel it instead");
        }
        domain(appointment::markNoShow);
        claims.release(appointment);
        changed.fire(new AppointmentChanged(appointment, AppointmentChanged.Change.NO_SHOW));
        audit.record(AuditAction.APPOINTMENT_NO_SHOW, appointment.getPatientId(), appointment.getStart().toString());
        return appointment;
    }

    /** The visit took place. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Appointment markDone(long appointmentId) {
        Appointment appointment = appointment(appointmentId);
        domain(() -> appointment.complete(LocalDate.now(clock)));
        audit.record(AuditAction.APPOINTMENT_DONE, appointment.getPatientId(), appointment.getStart().toString());
        return appointment;
    }

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Appointment checkIn(long appointmentId) {
        Appointment appointment = appointment(appointmentId);
        domain(() -> appointment.checkIn(LocalDate.now(clock)));
        audit.record(AuditAction.APPOINTMENT_CHECKED_IN, appointment.getPatientId(), null);
        return appointment;
    }

    /** The visit took place (e.g. the injection was performed); its time stays claimed. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public Appointment complete(long appointmentId) {
        Appointment appointment = appointment(appointmentId);
        domain(() -> appointment.complete(LocalDate.now(clock)));
        audit.record(AuditAction.APPOINTMENT_COMPLETED, appointment.getPatientId(), null);
        return appointment;
    }

    /** The calendar: staff see any provider's or patient's appointments; a patient only their own. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public List<Appointment> appointments(Long providerId, Long patientId, LocalDateTime from, LocalDateTime to) {
        if (patientId != null) {
            access.check(patientId, AuditAction.APPOINTMENTS_VIEWED);
        } else {
            access.requireStaff(AuditAction.APPOINTMENTS_VIEWED);
        }
        if (from == null || to == null || !from.isBefore(to) || from.plusDays(370).isBefore(to)) {
            throw new InvalidInput("from", "Give a range 'from' before 'to', at most a year long");
        }
        List<Appointment> found = calendar.appointments(providerId, patientId, from, to, true);
        audit.record(AuditAction.APPOINTMENTS_VIEWED, patientId,
                (providerId == null ? "" : "provider " + providerId + ", ") + from + " to " + to);
        return found;
    }

    private void requireFreeChangeByPatient(Appointment appointment, AuditAction action) {
        if (currentUser.isStaff()) {
            return;
        }
        access.check(appointment.getPatientId(), action);
        if (!ChangeWindow.isFree(appointment.getStart(), LocalDateTime.now(clock))) {
            audit.refused(action, appointment.getPatientId(), "less than 24 hours before the visit");
            throw new DomainException(DomainException.Kind.RULE, "CHANGE_WINDOW_CLOSED",
                    "Less than 24 hours before the visit it can only be changed by the front desk",
                    Map.of("start", appointment.getStart().toString()));
        }
    }

    private void check(Provider provider, Room room, VisitKind kind, TimeSlot slot) {
        calendar.rulesFor(slot.date(), slot.date()).whyNot(provider, room, kind, slot).ifPresent(reason -> {
            throw new BookingRefused("Cannot book then: " + reason, Map.of("start", slot.start().toString()));
        });
    }

    private Room firstFreeRoom(Provider provider, VisitKind kind, TimeSlot slot) {
        List<Room> free = em.createQuery("select r from Room r where r.active = true and :kind member of r.suitableKinds"
                        + " and not exists (select 1 from Appointment a where a.roomId = r.id"
                        + " and a.status in (com.dorsum.scheduling.AppointmentStatus.BOOKED,"
                        + " com.dorsum.scheduling.AppointmentStatus.CHECKED_IN)"
                        + " and a.start < :end and a.end > :start) order by r.name", Room.class)
                .setParameter("kind", kind).setParameter("start", slot.start()).setParameter("end", slot.end())
                .setMaxResults(1).getResultList();
        if (free.isEmpty()) {
            throw new SlotTaken("No room for " + kind.name().toLowerCase() + " is free then",
                    Map.of("start", slot.start().toString(), "provider", provider.getName()));
        }
        return free.get(0);
    }

    /** The slot asked for, refused first when the {@link BookingWindow} does not admit it (past or too far ahead). */
    private TimeSlot slot(LocalDateTime start, VisitKind kind) {
        int minutes = calendar.minutesOf(kind);
        TimeSlot slot;
        try {
            slot = TimeSlot.of(start, minutes);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("start", e.getMessage());
        }
        calendar.window().require(slot);
        return slot;
    }

    private Provider provider(long id) {
        Provider provider = em.find(Provider.class, id);
        if (provider == null) {
            throw new NotFound("provider");
        }
        return provider;
    }

    private Room room(long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw new NotFound("room");
        }
        return room;
    }

    private Appointment appointment(long id) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null) {
            throw new NotFound("appointment");
        }
        return appointment;
    }

    /** An appointment that is not in a state to change refuses as a clash the user can see. */
    private static void domain(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "APPOINTMENT_STATE", e.getMessage());
        }
    }
}
