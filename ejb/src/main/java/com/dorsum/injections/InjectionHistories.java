package com.dorsum.injections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;

/** Reads patients' injection histories: locked for a change (R6), or plainly for a view. */
@ApplicationScoped
public class InjectionHistories {

    private static final String FETCH = "select i from Injection i left join fetch i.levels";

    @PersistenceContext
    EntityManager em;

    /**
     * The patient's history for a change, held until the transaction ends. First the patient's
     * {@code injection_history} row is locked (created if missing): for {@code ON DUPLICATE KEY UPDATE} InnoDB takes
     * an exclusive lock on an existing row (a plain {@code INSERT IGNORE} takes a shared one, and two waiting shared
     * locks deadlock when both upgrade). A second transaction for the same patient waits here until the first
     * commits. Then the injections are read with a locking read, which sees what that first transaction committed
     * even where this one's plain reads began an older snapshot (InnoDB's REPEATABLE READ).
     */
    public InjectionHistory lock(long patientId) {
        em.createNativeQuery("insert into injection_history (patient_id) values (:p)"
                + " on duplicate key update patient_id = patient_id").setParameter("p", patientId).executeUpdate();
        List<Injection> injections = em.createQuery(FETCH + " where i.patientId = :p", Injection.class)
                .setParameter("p", patientId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return new InjectionHistory(patientId, injections);
    }

    /** The patient's history as it is now, for showing it. */
    public InjectionHistory read(long patientId) {
        return new InjectionHistory(patientId, em.createQuery(FETCH + " where i.patientId = :p", Injection.class)
                .setParameter("p", patientId).getResultList());
    }

    /** Injections that count (not cancelled) from {@code since} on, of every patient, with the patient. */
    public List<Injection> countingSince(LocalDateTime since) {
        return em.createQuery(FETCH + " join fetch i.patient where i.start >= :since and i.status <> :cancelled"
                        + " order by i.start", Injection.class)
                .setParameter("since", since).setParameter("cancelled", InjectionStatus.CANCELLED).getResultList();
    }
}
