package com.dorsum.notes;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.security.Accounts;
import com.dorsum.security.CareCheck;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import com.dorsum.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Visit notes (R24). Clinicians caring for the patient read them; the treating clinician (the visit's provider)
 * writes the note from the visit's day on, signs it once the visit has begun, and amends it with addenda; the front
 * desk sees none (R21). The treating clinician's unsigned notes of visits that ended more than
 * {@code clinic.notes.sign-after-hours} (24) hours ago are their worklist. Every read, change and refusal is audited.
 */
@Stateless
public class VisitNotes {

    /** How far back the patient page offers the clinician's visits without a note. */
    static final int WRITE_UP_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CareCheck care;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "clinic.notes.sign-after-hours", defaultValue = "24")
    int signAfterHours;

    /** The visit's note (status null while nothing is written). */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public NoteView note(long appointmentId) {
        Appointment visit = visit(appointmentId);
        care.requireInCare(visit.getPatientId(), AuditAction.NOTE_VIEWED);
        VisitNote note = noteOf(appointmentId);
        audit.record(AuditAction.NOTE_VIEWED, visit.getPatientId(), "visit " + appointmentId);
        return NoteView.of(visit, note, isTreating(visit));
    }

    /** Saves the draft as typed (autosave), starting the note at the first save. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public NoteView save(long appointmentId, NoteInput input) {
        Appointment visit = treated(appointmentId, AuditAction.NOTE_SAVED);
        if (input == null) {
            throw new InvalidInput("note", "is required");
        }
        if (visit.getStatus() == AppointmentStatus.CANCELLED || visit.getStatus() == AppointmentStatus.NO_SHOW) {
            throw new DomainException(DomainException.Kind.CONFLICT, "VISIT_NOT_HELD",
                    "The visit was " + (visit.getStatus() == AppointmentStatus.CANCELLED ? "cancelled" : "missed")
                            + ": it has no note");
        }
        if (visit.getStart().toLocalDate().isAfter(now().toLocalDate())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "VISIT_NOT_YET",
                    "The visit is on " + visit.getStart().toLocalDate() + ": write its note from that day on");
        }
        VisitNote note = noteOf(appointmentId);
        if (note == null) {
            note = new VisitNote(appointmentId, visit.getPatientId(), visit.getProviderId(),
                    NoteTemplate.of(visit.getKind()), currentUser.username());
            note.revise(input, currentUser.username());
            em.persist(note);
        } else {
            note.revise(input, currentUser.username());
        }
        em.flush();
        audit.record(AuditAction.NOTE_SAVED, visit.getPatientId(), "visit " + appointmentId + " (draft)");
        return NoteView.of(visit, note, true);
    }

    @RolesAllowed(Role.CLINICIAN_NAME)
    public NoteView sign(long appointmentId) {
        Appointment visit = treated(appointmentId, AuditAction.NOTE_SIGNED);
        VisitNote note = written(appointmentId);
        if (visit.getStart().isAfter(now())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "VISIT_NOT_YET",
                    "The visit begins at " + visit.getStart() + ": sign its note once it has taken place");
        }
        note.sign(currentUser.username(), clock.instant());
        audit.record(AuditAction.NOTE_SIGNED, visit.getPatientId(), "visit " + appointmentId);
        return NoteView.of(visit, note, true);
    }

    @RolesAllowed(Role.CLINICIAN_NAME)
    public NoteView amend(long appointmentId, String reason, String text) {
        Appointment visit = treated(appointmentId, AuditAction.NOTE_ADDENDUM_ADDED);
        VisitNote note = written(appointmentId);
        note.amend(reason, text, currentUser.username(), clock.instant());
        em.flush();
        audit.record(AuditAction.NOTE_ADDENDUM_ADDED, visit.getPatientId(), "visit " + appointmentId + ": "
                + NoteInput.trimmed(reason));
        return NoteView.of(visit, note, true);
    }

    /** Every visit of the patient that has a note, newest first. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public List<NoteView> notesOf(long patientId) {
        care.requireInCare(patientId, AuditAction.NOTE_VIEWED);
        Map<Long, VisitNote> notes = em.createQuery("select distinct n from VisitNote n left join fetch n.fields"
                        + " where n.patientId = :p", VisitNote.class).setParameter("p", patientId).getResultStream()
                .collect(Collectors.toMap(VisitNote::getAppointmentId, Function.identity()));
        if (notes.isEmpty()) {
            audit.record(AuditAction.NOTE_VIEWED, patientId, "no notes");
            return List.of();
        }
        Long me = myProviderId();
        List<NoteView> views = em.createQuery("select a from Appointment a where a.id in :ids", Appointment.class)
                .setParameter("ids", notes.keySet()).getResultStream()
                .map(a -> NoteView.of(a, notes.get(a.getId()), me != null && me == a.getProviderId()))
                .sorted(Comparator.comparing(NoteView::visitStart).reversed()).toList();
        audit.record(AuditAction.NOTE_VIEWED, patientId, views.size() + " notes listed");
        return views;
    }

    /** The signed-in clinician's visits with the patient in the last month, up to today, that have no note yet. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public List<NoteView> visitsToWrite(long patientId) {
        care.requireInCare(patientId, AuditAction.NOTE_VIEWED);
        Long me = myProviderId();
        if (me == null) {
            return List.of();
        }
        LocalDateTime now = now();
        return em.createQuery("select a from Appointment a where a.patientId = :p and a.providerId = :me"
                        + " and a.status in :held and a.start >= :since and a.start < :until and not exists"
                        + " (select n.id from VisitNote n where n.appointmentId = a.id) order by a.start desc",
                        Appointment.class).setParameter("p", patientId).setParameter("me", me)
                .setParameter("held", List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN,
                        AppointmentStatus.DONE))
                .setParameter("since", now.toLocalDate().minusDays(WRITE_UP_DAYS).atStartOfDay())
                .setParameter("until", now.toLocalDate().plusDays(1).atStartOfDay())
                .getResultStream().map(a -> NoteView.of(a, null, true)).toList();
    }

    /**
     * The signed-in clinician's visits that took place (checked in or done) and ended more than the configured
     * hours ago without a signed note, oldest first.
     */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public PageOf<NoteToSign> notesToSign(int page, int size) {
        Long me = myProviderId();
        if (me == null) {
            return new PageOf<>(List.of(), 0);
        }
        String where = " from Appointment a where a.providerId = :me and a.status in :held and a.end <= :before"
                + " and not exists (select n.id from VisitNote n where n.appointmentId = a.id"
                + " and n.status = com.dorsum.notes.NoteStatus.SIGNED)";
        List<AppointmentStatus> held = List.of(AppointmentStatus.DONE, AppointmentStatus.CHECKED_IN);
        LocalDateTime before = now().minusHours(signAfterHours);
        List<Appointment> visits = em.createQuery("select a" + where + " order by a.start, a.id", Appointment.class)
                .setParameter("me", me).setParameter("held", held).setParameter("before", before)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.cappedSize(size)).getResultList();
        long total = em.createQuery("select count(a)" + where, Long.class).setParameter("me", me)
                .setParameter("held", held).setParameter("before", before).getSingleResult();
        if (visits.isEmpty()) {
            return new PageOf<>(List.of(), total);
        }
        Map<Long, Patient> patients = em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", visits.stream().map(Appointment::getPatientId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Patient::getId, Function.identity()));
        List<Long> drafts = em.createQuery("select n.appointmentId from VisitNote n where n.appointmentId in :ids",
                Long.class).setParameter("ids", visits.stream().map(Appointment::getId).toList()).getResultList();
        patients.keySet().forEach(p -> audit.record(AuditAction.WORKLIST_VIEWED, p, "notes to sign"));
        return new PageOf<>(visits.stream().map(a -> {
            Patient p = patients.get(a.getPatientId());
            return new NoteToSign(a.getId(), a.getPatientId(), p.getFullName(), p.getMrn(), a.getKind(), a.getStart(),
                    drafts.contains(a.getId()));
        }).toList(), total);
    }

    /** The visit, when the signed-in clinician is its treating clinician; refused (audited) otherwise. */
    private Appointment treated(long appointmentId, AuditAction action) {
        Appointment visit = visit(appointmentId);
        if (!isTreating(visit)) {
            audit.refused(action, visit.getPatientId(), "visit " + appointmentId + ": not the treating clinician");
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_TREATING",
                    "Only the treating clinician writes, signs and amends the visit's note");
        }
        return visit;
    }

    private boolean isTreating(Appointment visit) {
        Long me = myProviderId();
        return me != null && me == visit.getProviderId();
    }

    private Long myProviderId() {
        return accounts.findByUsername(currentUser.username()).map(UserAccount::getProvider).map(Provider::getId)
                .orElse(null);
    }

    private Appointment visit(long appointmentId) {
        Appointment visit = em.find(Appointment.class, appointmentId);
        if (visit == null) {
            throw new NotFound("visit");
        }
        return visit;
    }

    private VisitNote noteOf(long appointmentId) {
        return em.createQuery("select n from VisitNote n where n.appointmentId = :a", VisitNote.class)
                .setParameter("a", appointmentId).getResultStream().findFirst().orElse(null);
    }

    private VisitNote written(long appointmentId) {
        VisitNote note = noteOf(appointmentId);
        if (note == null) {
            throw new DomainException(DomainException.Kind.RULE, "NOTE_EMPTY", "Nothing was written for this visit yet");
        }
        return note;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
