package com.dorsum.care;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Break-glass access (R20): a clinician outside a patient's care team opens the clinical content with a reason
 * from a list (and a note, required for OTHER); it lasts {@code clinic.emergency-access.hours} (24) hours, every
 * read during it is audited as emergency access, and it waits on ADMIN's review list until reviewed.
 */
@Stateless
public class BreakGlass {

    private static final String ITEMS = "select new com.dorsum.care.EmergencyReviewItem(e.id, e.grantedAt,"
            + " e.username, e.patientId, p.mrn, concat(p.familyName, ', ', p.givenName), e.reason, e.note,"
            + " e.expiresAt, case when e.reviewedAt is null then false else true end, e.reviewedBy, e.reviewedAt,"
            + " e.reviewNote) from EmergencyAccess e join Patient p on p.id = e.patientId";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    CareTeams careTeams;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "clinic.emergency-access.hours", defaultValue = "24")
    int hours;

    @RolesAllowed(Role.CLINICIAN_NAME)
    public EmergencyGrant open(long patientId, EmergencyReason reason, String note) {
        if (reason == null) {
            throw new InvalidInput("reason", "Choose a reason: EMERGENCY_TREATMENT, COVERING_COLLEAGUE,"
                    + " PATIENT_REQUEST or OTHER");
        }
        String text = note(note);
        if (reason == EmergencyReason.OTHER && text == null) {
            throw new InvalidInput("note", "Say why the record is opened");
        }
        if (em.find(Patient.class, patientId) == null) {
            throw new NotFound("patient");
        }
        if (careTeams.includesCurrentClinician(patientId)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_IN_CARE",
                    "You are on this patient's care team: no emergency access is needed");
        }
        EmergencyAccess access = new EmergencyAccess(patientId, currentUser.username(), reason, text,
                clock.instant(), Duration.ofHours(hours));
        em.persist(access);
        em.flush();
        audit.record(AuditAction.EMERGENCY_ACCESS_OPENED, patientId, reason + (text == null ? "" : ": " + text)
                + ", until " + access.getExpiresAt());
        return new EmergencyGrant(access.getId(), patientId, reason, access.getExpiresAt());
    }

    /** How long break-glass access lasts. */
    public int hours() {
        return hours;
    }

    /** The signed-in clinician's break-glass access to the patient that holds now, if any. */
    public Optional<EmergencyAccess> openForCurrentUser(long patientId) {
        Instant now = clock.instant();
        return em.createQuery("select e from EmergencyAccess e where e.username = :u and e.patientId = :p"
                        + " and e.expiresAt > :now order by e.expiresAt desc", EmergencyAccess.class)
                .setParameter("u", currentUser.username()).setParameter("p", patientId).setParameter("now", now)
                .setMaxResults(1).getResultStream().filter(e -> e.isOpenAt(now)).findFirst();
    }

    /** ADMIN's review list, newest first; {@code reviewed} null lists all. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PageOf<EmergencyReviewItem> reviewList(Boolean reviewed, int page, int size) {
        String where = reviewed == null ? "" : reviewed ? " where e.reviewedAt is not null"
                : " where e.reviewedAt is null";
        List<EmergencyReviewItem> items = em.createQuery(ITEMS + where + " order by e.grantedAt desc, e.id desc",
                        EmergencyReviewItem.class)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        long total = em.createQuery("select count(e) from EmergencyAccess e" + where, Long.class).getSingleResult();
        items.forEach(i -> audit.record(AuditAction.WORKLIST_VIEWED, i.patientId(), "emergency access review"));
        return new PageOf<>(items, total);
    }

    /** ADMIN reviews one emergency access, once, with a note. */
    @RolesAllowed(Role.ADMIN_NAME)
    public EmergencyReviewItem review(long id, String note) {
        String text = note(note);
        EmergencyAccess access = em.find(EmergencyAccess.class, id);
        if (access == null) {
            throw new NotFound("emergency access");
        }
        access.review(currentUser.username(), text, clock.instant());
        audit.record(AuditAction.EMERGENCY_ACCESS_REVIEWED, access.getPatientId(), "emergency access " + id
                + " by " + access.getUsername() + " reviewed" + (text == null ? "" : ": " + text));
        em.flush();
        return em.createQuery(ITEMS + " where e.id = :id", EmergencyReviewItem.class).setParameter("id", id)
                .getSingleResult();
    }

    /** A note as stored: trimmed, none when blank, refused when too long. */
    private static String note(String note) {
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > EmergencyAccess.MAX_NOTE) {
            throw new InvalidInput("note", "Note must be at most " + EmergencyAccess.MAX_NOTE + " characters");
        }
        return text;
    }
}
