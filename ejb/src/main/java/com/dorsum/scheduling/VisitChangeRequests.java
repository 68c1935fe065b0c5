package com.dorsum.scheduling;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A patient's wish to cancel or move a visit. Inside the {@link ChangeWindow} the {@link AppointmentBook} carries
 * it out at once (with the same booking rules as for staff); later it waits in the front desk's queue, oldest
 * first, and the front desk cancels, moves or declines. The patient sees what became of each request.
 */
@Stateless
public class VisitChangeRequests {

    private static final int MAX_NOTE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppointmentBook book;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed(Role.PATIENT_NAME)
    public VisitChangeRequest ask(long appointmentId, VisitChangeRequest.Kind kind, LocalDateTime wishedStart,
                                  String note) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null) {
            throw new NotFound("appointment");
        }
        access.check(appointment.getPatientId(), AuditAction.VISIT_CHANGE_REQUESTED);
        LocalDateTime now = LocalDateTime.now(clock);
        if (kind == null) {
            throw new InvalidInput("kind", "Say whether to cancel or to move the visit");
        }
        if (kind == VisitChangeRequest.Kind.MOVE && (wishedStart == null || !wishedStart.isAfter(now))) {
            throw new InvalidInput("start", "Give the new time you would like, in the future");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInput("note", "Keep the note to at most " + MAX_NOTE + " characters");
        }
        if (appointment.getStatus() != AppointmentStatus.BOOKED || !appointment.getStart().isAfter(now)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "APPOINTMENT_STATE",
                    "Only a booked visit that lies ahead can be cancelled or moved");
        }
        if (waitingFor(appointmentId)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_ASKED",
                    "You have already asked to change this visit; the front desk will answer");
        }
        boolean free = ChangeWindow.isFree(appointment.getStart(), now);
        if (free && kind == VisitChangeRequest.Kind.CANCEL) {
            book.cancel(appointmentId, "Cancelled by the patient" + (text == null ? "" : ": " + text));
        } else if (free) {
            book.reschedule(appointmentId, wishedStart);
        }
        VisitChangeRequest request = new VisitChangeRequest(appointment, kind, wishedStart, text, free,
                clock.instant());
        em.persist(request);
        audit.record(AuditAction.VISIT_CHANGE_REQUESTED, appointment.getPatientId(), kind + " appointment "
                + appointmentId + (free ? ", carried out" : ", to the front desk"));
        return request;
    }

    /** The front desk's queue: requests made too late to carry out at once, oldest first. */
    @RolesAllowed(Role.FRONT_DESK_NAME)
    public PageOf<VisitChangeRequest> waiting(int page, int size) {
        List<VisitChangeRequest> items = em.createQuery("select r from VisitChangeRequest r where r.status = :s"
                        + " order by r.askedAt, r.id", VisitChangeRequest.class)
                .setParameter("s", VisitChangeRequest.Status.WAITING)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        items.stream().map(VisitChangeRequest::getPatientId).distinct().forEach(patientId ->
                audit.record(AuditAction.WORKLIST_VIEWED, patientId, "visit change requests"));
        return new PageOf<>(items, countWaiting());
    }

    /** How many requests wait; reveals nobody's data, so it is not audited. */
    @RolesAllowed(Role.FRONT_DESK_NAME)
    public long countWaiting() {
        return em.createQuery("select count(r) from VisitChangeRequest r where r.status = :s", Long.class)
                .setParameter("s", VisitChangeRequest.Status.WAITING).getSingleResult();
    }

    /** Carries out a waiting request: cancels the visit, or moves it to {@code start} (the wished time by default). */
    @RolesAllowed(Role.FRONT_DESK_NAME)
    public VisitChangeRequest carryOut(long requestId, LocalDateTime start) {
        VisitChangeRequest request = load(requestId);
        requireWaiting(request);
        if (request.getKind() == VisitChangeRequest.Kind.CANCEL) {
            book.cancel(request.getAppointmentId(), "Patient asked"
                    + (request.getNote() == null ? "" : ": " + request.getNote()));
        } else {
            book.reschedule(request.getAppointmentId(), start != null ? start : request.getWishedStart());
        }
        return settle(request, VisitChangeRequest.Status.DONE, null);
    }

    @RolesAllowed(Role.FRONT_DESK_NAME)
    public VisitChangeRequest decline(long requestId, String answer) {
        if (answer == null || answer.isBlank() || answer.trim().length() > MAX_NOTE) {
            throw new InvalidInput("answer", "Tell the patient why, in at most " + MAX_NOTE + " characters");
        }
        VisitChangeRequest request = load(requestId);
        requireWaiting(request);
        return settle(request, VisitChangeRequest.Status.DECLINED, answer.trim());
    }

    private VisitChangeRequest settle(VisitChangeRequest request, VisitChangeRequest.Status outcome, String answer) {
        request.settle(outcome, currentUser.username(), clock.instant(), answer);
        audit.record(AuditAction.VISIT_CHANGE_HANDLED, request.getPatientId(),
                "request " + request.getId() + " " + outcome);
        return request;
    }

    private static void requireWaiting(VisitChangeRequest request) {
        if (request.getStatus() != VisitChangeRequest.Status.WAITING) {
            throw new DomainException(DomainException.Kind.CONFLICT, "REQUEST_SETTLED",
                    "This request was already " + request.getStatus().name().toLowerCase());
        }
    }

    private boolean waitingFor(long appointmentId) {
        return em.createQuery("select count(r) from VisitChangeRequest r where r.appointmentId = :a"
                        + " and r.status = :s", Long.class)
                .setParameter("a", appointmentId).setParameter("s", VisitChangeRequest.Status.WAITING)
                .getSingleResult() > 0;
    }

    private VisitChangeRequest load(long requestId) {
        VisitChangeRequest request = em.find(VisitChangeRequest.class, requestId);
        if (request == null) {
            throw new NotFound("request");
        }
        return request;
    }
}
