package com.dorsum.plans;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.people.Patient;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.referrals.DiagnosticOrder;
import com.dorsum.referrals.Referral;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes and reads treatment plans. A clinician publishes the next version from a draft based on the current
 * one; if someone published in between, the draft is refused (PLAN_CHANGED) instead of silently overwriting their
 * version. The patient reads the current version of their own plan; clinicians on the patient's care team (R19, or
 * with emergency access, R20) write and read every version.
 */
@Stateless
public class TreatmentPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed(Role.CLINICIAN_NAME)
    public PlanView publish(long patientId, PlanDraft draft) {
        if (draft == null) {
            throw new InvalidInput("plan", "is required");
        }
        if (em.find(Patient.class, patientId) == null) {
            throw new NotFound("patient");
        }
        clinicalAccess.require(patientId, AuditAction.PLAN_PUBLISHED);
        int current = currentNumber(patientId);
        Integer basedOn = draft.getBasedOnVersion();
        if (basedOn == null ? current != 0 : basedOn != current) {
            throw changed(current);
        }
        requireOwn(patientId, draft);
        TreatmentPlan plan = TreatmentPlan.publish(patientId, current + 1, draft, currentUser.username(),
                clock.instant());
        try {
            em.persist(plan);
            em.flush();
        } catch (PersistenceException raced) {
            throw changed(current + 1);
        }
        List<CombinationWarning> warnings = plan.warnings();
        audit.record(AuditAction.PLAN_PUBLISHED, patientId, "version " + plan.getVersionNumber()
                + (warnings.isEmpty() ? "" : ", flagged: " + warnings.size() + " NSAID combination(s) (R15)"));
        return view(plan);
    }

    /** The version the patient follows now, if any plan was published. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.PATIENT_NAME})
    public Optional<PlanView> current(long patientId) {
        clinicalAccess.require(patientId, AuditAction.PLAN_VIEWED);
        Optional<TreatmentPlan> plan = em.createQuery("select p from TreatmentPlan p where p.patientId = :p"
                        + " order by p.versionNumber desc", TreatmentPlan.class)
                .setParameter("p", patientId).setMaxResults(1).getResultStream().findFirst();
        audit.record(AuditAction.PLAN_VIEWED, patientId,
                plan.map(p -> "current version " + p.getVersionNumber()).orElse("no plan yet"));
        return plan.map(this::view);
    }

    /** Every version, newest first. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public List<PlanView> history(long patientId) {
        clinicalAccess.require(patientId, AuditAction.PLAN_VIEWED);
        List<TreatmentPlan> versions = em.createQuery("select p from TreatmentPlan p where p.patientId = :p"
                        + " order by p.versionNumber desc", TreatmentPlan.class)
                .setParameter("p", patientId).getResultList();
        audit.record(AuditAction.PLAN_VIEWED, patientId, versions.size() + " versions");
        return versions.stream().map(this::view).toList();
    }

    private int currentNumber(long patientId) {
        Integer max = em.createQuery("select max(p.versionNumber) from TreatmentPlan p where p.patientId = :p",
                Integer.class).setParameter("p", patientId).getSingleResult();
        return max == null ? 0 : max;
    }

    /** A plan lists only the patient's own referrals and orders. */
    private void requireOwn(long patientId, PlanDraft draft) {
        if (!draft.getReferralIds().isEmpty() && em.createQuery("select count(r) from Referral r"
                        + " where r.id in :ids and r.patientId = :p", Long.class)
                .setParameter("ids", draft.getReferralIds()).setParameter("p", patientId).getSingleResult()
                != draft.getReferralIds().stream().distinct().count()) {
            throw new InvalidInput("referralIds", "The plan can list only this patient's referrals");
        }
        if (!draft.getOrderIds().isEmpty() && em.createQuery("select count(o) from DiagnosticOrder o"
                        + " where o.id in :ids and o.patientId = :p", Long.class)
                .setParameter("ids", draft.getOrderIds()).setParameter("p", patientId).getSingleResult()
                != draft.getOrderIds().stream().distinct().count()) {
            throw new InvalidInput("orderIds", "The plan can list only this patient's orders");
        }
    }

    private PlanView view(TreatmentPlan plan) {
        plan.loadItems();
        List<PlanReference> referrals = plan.getReferralIds().isEmpty() ? List.of()
                : em.createQuery("select r from Referral r where r.id in :ids order by r.referredAt", Referral.class)
                .setParameter("ids", plan.getReferralIds()).getResultStream()
                .map(r -> new PlanReference(r.getId(), "Referral to " + r.getSpecialty().label(),
                        r.getStatus().name(), r.getStatus().forPatient(), r.getStatusSince())).toList();
        List<PlanReference> orders = plan.getOrderIds().isEmpty() ? List.of()
                : em.createQuery("select o from DiagnosticOrder o where o.id in :ids order by o.orderedAt",
                        DiagnosticOrder.class)
                .setParameter("ids", plan.getOrderIds()).getResultStream()
                .map(o -> new PlanReference(o.getId(), o.getKind().label(), o.getStatus().name(),
                        o.getStatus().forPatient(), o.getStatusSince())).toList();
        return new PlanView(plan, referrals, orders);
    }

    private static DomainException changed(int current) {
        return new DomainException(DomainException.Kind.CONFLICT, "PLAN_CHANGED",
                "Someone published a newer version of this plan meanwhile; reload it and make your changes again",
                Map.of("currentVersion", current));
    }
}
