package com.dorsum.injections;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.people.Provider;
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
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Aftercare of facet-joint injections (R8): the follow-up worklist (a check is due once day 3 after the injection
 * is over, and the injection stays on the list until the check is recorded), recording the check with the relief
 * reported, recording complications, and the complication report per clinician and period. Clinicians only.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class Aftercare {

    private static final String DUE = " where i.status = :performed and i.followUp.checkedOn is null"
            + " and i.start < :performedBefore";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    Clock clock;

    /** Performed injections whose follow-up is due and not yet done, the longest waiting first. */
    public PageOf<Injection> followUpsDue(int page, int size) {
        List<Injection> due = due("select i from Injection i join fetch i.patient" + DUE + " order by i.start, i.id",
                Injection.class)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        due.stream().map(Injection::getPatientId).distinct().forEach(patientId ->
                audit.record(AuditAction.WORKLIST_VIEWED, patientId, "injection follow-ups"));
        return new PageOf<>(due, countFollowUpsDue());
    }

    /** How many follow-ups are due now; reveals nobody's data, so it is not audited. */
    public long countFollowUpsDue() {
        return due("select count(i) from Injection i" + DUE, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> due(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("performed", InjectionStatus.PERFORMED)
                .setParameter("performedBefore", Injection.followUpDueIfPerformedBefore(LocalDate.now(clock)));
    }

    /** The follow-up check: the relief the patient reports (and pain now); takes the injection off the worklist. */
    public Injection recordFollowUp(long patientId, long injectionId, LocalDate checkedOn, Relief relief,
                                    Integer painScore, String notes) {
        if (checkedOn != null && checkedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("checkedOn", "The check cannot be in the future");
        }
        clinicalAccess.require(patientId, AuditAction.INJECTION_FOLLOW_UP_RECORDED);
        Injection injection = injection(patientId, injectionId);
        injection.checkFollowUp(new FollowUp(checkedOn, relief, painScore, notes, currentUser.username()));
        audit.record(AuditAction.INJECTION_FOLLOW_UP_RECORDED, patientId,
                "injection " + injectionId + ": " + relief);
        return injection;
    }

    /** A complication after a performed injection (R8). */
    public Complication recordComplication(long patientId, long injectionId, ComplicationKind kind,
                                           LocalDate noticedOn, Severity severity, String notes) {
        clinicalAccess.require(patientId, AuditAction.INJECTION_COMPLICATION_RECORDED);
        Injection injection = injection(patientId, injectionId);
        Complication complication = new Complication(injection, kind, noticedOn, severity, notes,
                LocalDate.now(clock));
        em.persist(complication);
        em.flush();
        audit.record(AuditAction.INJECTION_COMPLICATION_RECORDED, patientId,
                "injection " + injectionId + ": " + kind + " " + severity);
        return complication;
    }

    /**
     * Complication counts and rates per clinician for the injections performed from {@code from} to {@code to}
     * (both inclusive). Figures only, no patient, so it is not audited; ADMIN may read it too.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public ComplicationReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInput("from", "Give a period: 'from' on or before 'to'");
        }
        String performedIn = " i.status = :performed and i.procedure.startedAt >= :from"
                + " and i.procedure.startedAt < :to";
        List<ComplicationReport.Count> performed = counts("select i.procedure.performedBy, count(i)"
                + " from Injection i where" + performedIn + " group by i.procedure.performedBy", from, to);
        List<ComplicationReport.Count> withComplications = counts("select i.procedure.performedBy,"
                + " count(distinct i.id) from Complication c, Injection i where c.injectionId = i.id and"
                + performedIn + " group by i.procedure.performedBy", from, to);
        List<ComplicationReport.Count> complications = counts("select i.procedure.performedBy, count(c), c.kind"
                + " from Complication c, Injection i where c.injectionId = i.id and" + performedIn
                + " group by i.procedure.performedBy, c.kind", from, to);
        Map<Long, String> clinicians = em.createQuery("select p from Provider p", Provider.class).getResultStream()
                .collect(Collectors.toMap(Provider::getId, Provider::getName));
        return ComplicationReport.of(from, to, clinicians, performed, withComplications, complications);
    }

    /** Rows of (clinician, count) or (clinician, count, kind). */
    private List<ComplicationReport.Count> counts(String jpql, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("performed", InjectionStatus.PERFORMED)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultStream()
                .map(row -> new ComplicationReport.Count((Long) row[0],
                        row.length > 2 ? (ComplicationKind) row[2] : null, (Long) row[1]))
                .toList();
    }

    private Injection injection(long patientId, long injectionId) {
        Injection injection = em.find(Injection.class, injectionId);
        if (injection == null || injection.getPatientId() != patientId) {
            throw new NotFound("injection");
        }
        return injection;
    }
}
