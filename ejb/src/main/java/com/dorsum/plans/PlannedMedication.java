package com.dorsum.plans;

import com.dorsum.referrals.MedicationRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The medication guidance of the current plan version, for referral letters. */
@ApplicationScoped
public class PlannedMedication implements MedicationRecord {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> currentGuidance(long patientId) {
        return em.createQuery("select p from TreatmentPlan p where p.patientId = :p order by p.versionNumber desc",
                        TreatmentPlan.class)
                .setParameter("p", patientId).setMaxResults(1).getResultStream().findFirst()
                .map(plan -> plan.getMedications().stream().map(MedicationItem::summary).toList())
                .orElse(List.of());
    }
}
