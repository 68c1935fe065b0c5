package com.dorsum.audit;

import com.dorsum.platform.PageOf;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes and searches the audit trail. A successful read or change is recorded in the caller's transaction, so it
 * exists exactly when the change does; a refusal is recorded in a transaction of its own, so it survives the
 * rollback that the refusal causes.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public void record(AuditAction action, Long patientId, String detail) {
        write(action, patientId, AuditOutcome.SUCCESS, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditAction action, Long patientId, String detail) {
        write(action, patientId, AuditOutcome.REFUSED, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(AuditAction action, Long patientId, String detail) {
        write(action, patientId, AuditOutcome.FAILED, detail);
    }

    /**
     * A sign-in event (sign-in, delay, sign-out, unlock), in the caller's transaction. The user is named
     * explicitly: before a sign-in succeeds there is no signed-in caller, and a failure is recorded under the
     * name that was typed.
     */
    public void signInEvent(AuditAction action, String username, String clientAddress, AuditOutcome outcome,
                            String detail) {
        em.persist(new AuditRecord(clock.instant(), username == null ? "" : username, clientAddress, action, null,
                outcome, detail));
    }

    private void write(AuditAction action, Long patientId, AuditOutcome outcome, String detail) {
        em.persist(new AuditRecord(clock.instant(), currentUser.username(), null, action, patientId, outcome,
                detail));
    }

    /** Newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PageOf<AuditRecord> search(AuditQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.patientId() != null) {
            where.append(" and r.patientId = :patientId");
            parameters.put("patientId", query.patientId());
        }
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" and r.username = :username");
            parameters.put("username", query.username().trim());
        }
        if (query.from() != null) {
            where.append(" and r.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (query.to() != null) {
            where.append(" and r.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        TypedQuery<AuditRecord> rows = em.createQuery(
                "select r from AuditRecord r" + where + " order by r.id desc", AuditRecord.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from AuditRecord r" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new PageOf<>(rows.setFirstResult(PageOf.firstRow(page, size))
                .setMaxResults(PageOf.cappedSize(size)).getResultList(), count.getSingleResult());
    }
}
