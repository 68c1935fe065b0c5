package com.dorsum.scheduling;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The waitlist (R5's other half: a freed slot is not wasted). Patients wait for a therapy at a part of the day;
 * a freed slot of that therapy is offered, within the transaction that freed it, to the longest-waiting patient
 * who wants it; the front desk books the offer (an ordinary booking, so the slot claims still guard it) or
 * declines it.
 */
@Stateless
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
public class Waitlist {

    /** How many waiting entries of a therapy are looked at for one freed slot. */
    private static final int CANDIDATES = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppointmentBook book;

    @Inject
    Calendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    Clock clock;

    public WaitlistEntry add(long patientId, VisitKind therapy, PartOfDay partOfDay, String note) {
        if (em.find(Patient.class, patientId) == null) {
            throw new NotFound("patient");
        }
        if (note != null && note.length() > 300) {
            throw new InvalidInput("note", "Note must be at most 300 characters");
        }
        WaitlistEntry entry;
        try {
            entry = new WaitlistEntry(patientId, therapy, partOfDay, note);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("therapy", e.getMessage());
        }
        em.persist(entry);
        audit.record(AuditAction.WAITLIST_ADDED, patientId, therapy + " " + entry.getPartOfDay());
        return entry;
    }

    /** Who waits or has an offer, longest waiting first, with their names. */
    public PageOf<WaitlistLine> waiting(int page, int size) {
        access.requireStaff(AuditAction.WAITLIST_VIEWED);
        String open = " from WaitlistEntry w join Patient p on p.id = w.patientId"
                + " where w.status in (com.dorsum.scheduling.WaitlistStatus.WAITING,"
                + " com.dorsum.scheduling.WaitlistStatus.OFFERED)";
        List<WaitlistLine> lines = em.createQuery("select new com.dorsum.scheduling.WaitlistLine(w, p.givenName, "
                        + "p.familyName)" + open + " order by w.createdAt, w.id", WaitlistLine.class)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        long total = em.createQuery("select count(w)" + open, Long.class).getSingleResult();
        audit.record(AuditAction.WAITLIST_VIEWED, null, lines.size() + " of " + total + " entries");
        return new PageOf<>(lines, total);
    }

    /** Offers a freed slot to the longest-waiting patient who wants it, if any; one already past to no one. */
    @PermitAll
    public void offer(@Observes SlotFreed freed) {
        if (calendar.window().whyNot(freed.slot()).isPresent()) {
            return;
        }
        em.createQuery("select w from WaitlistEntry w where w.therapy = :t"
                        + " and w.status = com.dorsum.scheduling.WaitlistStatus.WAITING order by w.createdAt, w.id",
                        WaitlistEntry.class)
                .setParameter("t", freed.kind()).setMaxResults(CANDIDATES).getResultStream()
                .filter(w -> w.wants(freed)).findFirst().ifPresent(entry -> {
                    entry.offer(freed, clock.instant());
                    audit.record(AuditAction.WAITLIST_OFFERED, entry.getPatientId(), freed.kind() + " "
                            + freed.slot().start());
                });
    }

    /** Books the offered slot for the waiting patient (refused as SLOT_TAKEN if someone was quicker). */
    public Appointment bookOffer(long entryId) {
        WaitlistEntry entry = entry(entryId);
        if (entry.getStatus() != WaitlistStatus.OFFERED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "WAITLIST_STATE", "No slot is offered to this patient");
        }
        Appointment appointment = book.book(entry.getPatientId(), entry.getOfferedProviderId(), null,
                entry.getTherapy(), entry.getOfferedStart());
        entry.booked(appointment);
        audit.record(AuditAction.WAITLIST_CHANGED, entry.getPatientId(), "offer booked");
        return appointment;
    }

    public WaitlistEntry decline(long entryId) {
        return change(entryId, WaitlistEntry::decline, "offer declined");
    }

    public WaitlistEntry withdraw(long entryId) {
        return change(entryId, WaitlistEntry::withdraw, "withdrawn");
    }

    private WaitlistEntry change(long entryId, Consumer<WaitlistEntry> change, String what) {
        WaitlistEntry entry = entry(entryId);
        try {
            change.accept(entry);
        } catch (IllegalStateException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "WAITLIST_STATE", e.getMessage());
        }
        audit.record(AuditAction.WAITLIST_CHANGED, entry.getPatientId(), what);
        return entry;
    }

    private WaitlistEntry entry(long id) {
        WaitlistEntry entry = em.find(WaitlistEntry.class, id);
        if (entry == null) {
            throw new NotFound("waitlist entry");
        }
        return entry;
    }
}
