package com.dorsum.security;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Who may read a patient's clinical content (diary, notes, outcome scores): the patient themselves, and the
 * clinicians caring for the patient: a visit with them within a year either way, or a plan they published.
 * The front desk and ADMIN read none (R21). Every capability with clinical content asks here, through
 * {@link #requireInCare}, so the rule lives in one place (R19's care team replaces it).
 */
@RequestScoped
public class CareCheck {

    static final int CARE_DAYS = 365;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PatientAccess access;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Refuses (audited) anyone but the patient and the clinicians caring for them: 403 NOT_IN_CARE for staff. */
    public void requireInCare(long patientId, AuditAction action) {
        if (currentUser.isStaff() && !(currentUser.is(Role.CLINICIAN) && patientsInCare().contains(patientId))) {
            audit.refused(action, patientId, currentUser.is(Role.CLINICIAN) ? "not in the clinician's care"
                    : "clinical content: clinicians only");
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_IN_CARE",
                    "Only clinicians caring for this patient may read this");
        }
        access.check(patientId, action);
    }

    /** The patients in the signed-in clinician's care; empty for anyone else. */
    public Set<Long> patientsInCare() {
        String username = currentUser.username();
        Set<Long> ids = new HashSet<>(em.createQuery("select distinct p.patientId from TreatmentPlan p"
                + " where p.authoredBy = :u", Long.class).setParameter("u", username).getResultList());
        Long providerId = accounts.findByUsername(username).map(UserAccount::getProvider)
                .map(Provider::getId).orElse(null);
        if (providerId != null) {
            LocalDate today = LocalDate.now(clock);
            ids.addAll(em.createQuery("select distinct a.patientId from Appointment a where a.providerId = :provider"
                            + " and a.status <> com.dorsum.scheduling.AppointmentStatus.CANCELLED"
                            + " and a.start >= :from and a.start < :to", Long.class)
                    .setParameter("provider", providerId)
                    .setParameter("from", today.minusDays(CARE_DAYS).atStartOfDay())
                    .setParameter("to", today.plusDays(CARE_DAYS).atStartOfDay()).getResultList());
        }
        return ids;
    }
}
