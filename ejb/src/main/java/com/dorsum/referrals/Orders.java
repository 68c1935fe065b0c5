package com.dorsum.referrals;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.CareTeams;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.care.Sight;
import com.dorsum.people.Patient;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.platform.Validation;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Imaging and lab orders (R10): a clinician orders, staff follow the order through its trail and receive its
 * result (files admitted only by {@link ResultFileCheck}), a clinician reviews it, and unreviewed results surface
 * to the ordering clinician, abnormal ones first. Result text and files go to the clinicians in the patient's care
 * (R19) and to the patient they belong to, nobody else: the front desk sees an {@link OrderView} of kind, status
 * and dates (R21). An order addressed to a clinician of the clinic puts them on the care team. Every read and
 * change is audited against the patient.
 */
@Stateless
public class Orders {

    private static final String FETCH = "select distinct o from DiagnosticOrder o left join fetch o.steps"
            + " left join fetch o.files join fetch o.patient";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    CareTeams careTeams;

    @Inject
    Validation validation;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ResultFileCheck fileCheck;

    @RolesAllowed(Role.CLINICIAN_NAME)
    public OrderView order(long patientId, OrderRequest request) {
        validation.require(request, "order");
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw new NotFound("patient");
        }
        clinicalAccess.require(patientId, AuditAction.ORDER_CREATED);
        DiagnosticOrder order = new DiagnosticOrder(patient, request, currentUser.username(), clock.instant());
        if (request.getClinicianId() != null) {
            careTeams.addressedTo(patientId, request.getClinicianId());
            order.addressTo(request.getClinicianId());
        }
        em.persist(order);
        em.flush();
        audit.record(AuditAction.ORDER_CREATED, patientId, request.getKind() + " order " + order.getId());
        return new OrderView(order, Sight.CLINICAL);
    }

    /** The patient's orders, newest first, with their trails and result files. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public PageOf<OrderView> orders(long patientId, int page, int size) {
        Sight sight = clinicalAccess.sight(patientId, AuditAction.ORDER_VIEWED);
        List<Long> ids = em.createQuery("select o.id from DiagnosticOrder o where o.patientId = :p"
                        + " order by o.orderedAt desc, o.id desc", Long.class)
                .setParameter("p", patientId)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        long total = em.createQuery("select count(o) from DiagnosticOrder o where o.patientId = :p", Long.class)
                .setParameter("p", patientId).getSingleResult();
        audit.record(AuditAction.ORDER_VIEWED, patientId, ids.size() + " of " + total + " orders listed");
        return new PageOf<>(fetch(ids, " order by o.orderedAt desc, o.id desc").stream()
                .map(o -> new OrderView(o, sight)).toList(), total);
    }

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public OrderView order(long patientId, long orderId) {
        Sight sight = clinicalAccess.sight(patientId, AuditAction.ORDER_VIEWED);
        DiagnosticOrder order = load(patientId, orderId);
        audit.record(AuditAction.ORDER_VIEWED, patientId, "order " + orderId);
        return new OrderView(order, sight);
    }

    /**
     * Moves an order along its trail: scheduled, performed or cancelled by staff; reviewed by a clinician only. A
     * result is received with {@link #receiveResult}, never by a bare status change.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public OrderView advance(long patientId, long orderId, OrderStatus to, String note) {
        StatusStep.checkTransition(to, note);
        if (to == OrderStatus.REVIEWED && !currentUser.is(Role.CLINICIAN)) {
            audit.refused(AuditAction.ORDER_REVIEWED, patientId, "order " + orderId + ": not a clinician");
            throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN", "Only a clinician reviews results");
        }
        Sight sight = clinicalAccess.sight(patientId, to == OrderStatus.REVIEWED ? AuditAction.ORDER_REVIEWED
                : AuditAction.ORDER_CHANGED);
        DiagnosticOrder order = load(patientId, orderId);
        String by = currentUser.username();
        Instant at = clock.instant();
        switch (to) {
            case SCHEDULED -> order.schedule(by, at, note);
            case PERFORMED -> order.markPerformed(by, at, note);
            case CANCELLED -> order.cancel(by, at, note);
            case REVIEWED -> order.review(by, at, note);
            case RESULT_RECEIVED -> throw new InvalidInput("to",
                    "A result is received by uploading it (report text and/or a file)");
            case ORDERED -> throw new IllegalTransition("order", order.getStatus(), to, order.getStatus().next());
        }
        audit.record(to == OrderStatus.REVIEWED ? AuditAction.ORDER_REVIEWED : AuditAction.ORDER_CHANGED, patientId,
                "order " + orderId + " " + to);
        return new OrderView(order, sight);
    }

    /**
     * Receives an order's result: report text and/or one file (PDF, PNG or JPEG by content, within the size
     * limit). A refused file leaves nothing stored and the refusal is audited.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public OrderView receiveResult(long patientId, long orderId, String report, boolean abnormal,
                                   String filename, String declaredType, byte[] content) {
        Sight sight = clinicalAccess.sight(patientId, AuditAction.ORDER_RESULT_RECEIVED);
        DiagnosticOrder order = load(patientId, orderId);
        ResultAttachment attachment = null;
        if (content != null) {
            try {
                attachment = new ResultAttachment(filename, fileCheck.admit(declaredType, content), content);
            } catch (InvalidInput refused) {
                audit.refused(AuditAction.ORDER_RESULT_RECEIVED, patientId, "order " + orderId + ": "
                        + refused.violations().get(0).message());
                throw refused;
            }
        }
        order.receiveResult(report, abnormal, attachment, currentUser.username(), clock.instant());
        em.flush();
        audit.record(AuditAction.ORDER_RESULT_RECEIVED, patientId, "order " + orderId
                + (abnormal ? " abnormal" : " normal") + (attachment == null ? "" : ", 1 file"));
        return new OrderView(order, sight);
    }

    /**
     * One result file, only for the clinicians in the patient's care or the patient it belongs to; another patient
     * learns nothing, not even that it exists; the front desk and ADMIN are refused (R21).
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public ResultDownload resultFile(long patientId, long orderId, long fileId) {
        clinicalAccess.require(patientId, AuditAction.ORDER_RESULT_FILE_VIEWED);
        ResultFile file = em.createQuery("select f from ResultFile f join fetch f.content"
                        + " where f.id = :f and f.order.id = :o and f.patientId = :p", ResultFile.class)
                .setParameter("f", fileId).setParameter("o", orderId).setParameter("p", patientId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("result file"));
        audit.record(AuditAction.ORDER_RESULT_FILE_VIEWED, patientId, "order " + orderId + " file " + fileId);
        return new ResultDownload(file.getFilename(), file.getContentType(), file.getContent().getContent());
    }

    /** Results of the caller's own orders that no clinician has reviewed yet: abnormal first, then the oldest. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public PageOf<OrderView> unreviewedResults(int page, int size) {
        String order = " order by o.abnormal desc, o.resultReceivedAt, o.id";
        List<DiagnosticOrder> items = fetch(unreviewed("select o.id", order, Long.class)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size))
                .getResultList(), order);
        items.stream().map(DiagnosticOrder::getPatientId).distinct().forEach(patientId ->
                audit.record(AuditAction.WORKLIST_VIEWED, patientId, "unreviewed results"));
        return new PageOf<>(items.stream().map(o -> new OrderView(o, Sight.CLINICAL)).toList(),
                countUnreviewedResults());
    }

    /** How many results wait for the caller's review; reveals nobody's data, so it is not audited. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public long countUnreviewedResults() {
        return unreviewed("select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> unreviewed(String select, String order, Class<T> type) {
        return em.createQuery(select + " from DiagnosticOrder o where o.orderedBy = :me and o.status = :received"
                        + order, type)
                .setParameter("me", currentUser.username()).setParameter("received", OrderStatus.RESULT_RECEIVED);
    }

    private List<DiagnosticOrder> fetch(List<Long> ids, String order) {
        return ids.isEmpty() ? List.of() : em.createQuery(FETCH + " where o.id in :ids" + order, DiagnosticOrder.class)
                .setParameter("ids", ids).getResultList();
    }

    private DiagnosticOrder load(long patientId, long orderId) {
        return em.createQuery(FETCH + " where o.id = :id and o.patientId = :p", DiagnosticOrder.class)
                .setParameter("id", orderId).setParameter("p", patientId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("order"));
    }
}
