package com.dorsum.audit;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientRegistry;
import com.dorsum.platform.Csv;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Accounts;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.RequestOrigin;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes and searches the audit trail. A successful read or change is recorded in the caller's transaction, so it
 * exists exactly when the change does; a refusal is recorded in a transaction of its own, so it survives the
 * rollback that the refusal causes. Each record is MACed as it is written; {@link AuditChain} links it into the
 * chain after commit (R22).
 */
@Stateless
public class AuditTrail {

    /** How far back a patient's access history goes (R23). */
    static final int ACCESS_HISTORY_MONTHS = 12;
    /** An export holds at most this many pages of the largest size (10,000 records): narrow the search for more. */
    private static final int CSV_MAX_PAGES = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditKey key;

    @Inject
    RequestOrigin origin;

    @Inject
    PatientRegistry patients;

    @Inject
    Accounts accounts;

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
        persist(new AuditRecord(clock.instant(), username == null ? "" : username, null, clientAddress, action, null,
                outcome, detail));
    }

    private void write(AuditAction action, Long patientId, AuditOutcome outcome, String detail) {
        persist(new AuditRecord(clock.instant(), currentUser.username(), currentUser.role().orElse(null),
                origin.clientAddress(), action, patientId, outcome, detail));
    }

    private void persist(AuditRecord record) {
        record.sign(key);
        em.persist(record);
    }

    /** Newest first, each record naming its patient by MRN and name. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PageOf<AuditEntry> search(AuditQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.namesPatient()) {
            List<Long> ids = patients.idsMatching(query.patient());
            if (ids.isEmpty()) {
                return new PageOf<>(List.of(), 0);
            }
            where.append(" and r.patientId in :patientIds");
            parameters.put("patientIds", ids);
        }
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" and r.username = :username");
            parameters.put("username", query.username().trim());
        }
        if (query.action() != null) {
            where.append(" and r.action = :action");
            parameters.put("action", query.action());
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
        List<AuditRecord> records = rows.setFirstResult(PageOf.firstRow(page, size))
                .setMaxResults(PageOf.size(size)).getResultList();
        Map<Long, Patient> named = patients.byIds(records.stream().map(AuditRecord::getPatientId)
                .filter(Objects::nonNull).distinct().toList());
        return new PageOf<>(records.stream()
                        .map(r -> entry(r, r.getPatientId() == null ? null : named.get(r.getPatientId()))).toList(),
                count.getSingleResult());
    }

    private static AuditEntry entry(AuditRecord r, Patient patient) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getUsername(), r.getRole(), r.getClientAddress(),
                r.getAction(),
                r.getPatientId(), patient == null ? null : patient.getMrn(),
                patient == null ? null : patient.getFullName(), r.getOutcome(), r.getDetail());
    }

    /** The records a search finds, newest first, as CSV with times to the millisecond in the clinic's zone. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String csv(AuditQuery query) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(clock.getZone());
        Csv csv = new Csv(List.of("time", "user", "role", "client address", "action", "mrn", "patient", "outcome",
                "detail"));
        for (int page = 0; page < CSV_MAX_PAGES; page++) {
            List<AuditEntry> entries = search(query, page, PageOf.MAX_SIZE).items();
            entries.forEach(e -> csv.row(Arrays.asList(time.format(e.at()), e.user(), e.role(), e.clientAddress(),
                    e.action(), e.mrn(), e.patientName(), e.outcome(), e.detail())));
            if (entries.size() < PageOf.MAX_SIZE) {
                break;
            }
        }
        return csv.toString();
    }

    /**
     * Who read or changed the signed-in patient's record, newest first, over the last twelve months at most (R23).
     * What the patient did themselves and refused attempts (which showed nothing) are left out.
     */
    @RolesAllowed(Role.PATIENT_NAME)
    public List<AccessEntry> myAccessHistory(LocalDate from, LocalDate to) {
        long patientId = currentUser.ownPatientId().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = today.minusMonths(ACCESS_HISTORY_MONTHS);
        LocalDate start = from == null || from.isBefore(earliest) ? earliest : from;
        LocalDate end = to == null ? today : to;
        List<AuditRecord> records = em.createQuery("select r from AuditRecord r where r.patientId = :patient"
                        + " and r.username <> :me and r.outcome = :success and r.occurredAt >= :from"
                        + " and r.occurredAt < :to order by r.occurredAt desc, r.id desc", AuditRecord.class)
                .setParameter("patient", patientId)
                .setParameter("me", currentUser.username())
                .setParameter("success", AuditOutcome.SUCCESS)
                .setParameter("from", start.atStartOfDay(clock.getZone()).toInstant())
                .setParameter("to", end.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
                .setMaxResults(PageOf.MAX_SIZE * 5)
                .getResultList();
        Map<String, String> names = accounts.displayNames(records.stream().map(AuditRecord::getUsername)
                .distinct().toList());
        return records.stream().map(r -> new AccessEntry(r.getOccurredAt(),
                names.getOrDefault(r.getUsername(), r.getUsername()), r.getRole(), r.getAction().accessKind()))
                .toList();
    }
}
