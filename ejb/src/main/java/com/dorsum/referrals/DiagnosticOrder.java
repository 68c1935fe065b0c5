package com.dorsum.referrals;

import com.dorsum.people.Patient;
import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order for imaging or a lab test (R10), written by a clinician with its clinical reason; imaging names the
 * body region and, for MRI and CT, whether contrast is used. Followed through its trail ({@link OrderStatus}),
 * every step kept with time and user. A result (report text, an abnormal flag, files) arrives once; a result
 * received for an order not yet marked performed proves it was, so that step is recorded with it. Until a
 * clinician reviews the result it stays on the ordering clinician's worklist. Never deleted.
 */
@Entity
public class DiagnosticOrder extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "patient_id", insertable = false, updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private OrderKind kind;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private BodyRegion bodyRegion;

    @Column(nullable = false, updatable = false)
    private boolean contrast;

    @Column(nullable = false, updatable = false, length = 80)
    private String orderedBy;

    /** The clinic's own clinician it is addressed to, if any. */
    @Column(updatable = false)
    private Long addressedToId;

    @Column(nullable = false, updatable = false)
    private Instant orderedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(nullable = false)
    private Instant statusSince;

    @ElementCollection
    @CollectionTable(name = "order_step", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "step_index")
    private List<StatusStep> steps = new ArrayList<>();

    @Column(length = 4000)
    private String resultReport;

    @Column(nullable = false)
    private boolean abnormal;

    private Instant resultReceivedAt;

    @Column(length = 80)
    private String reviewedBy;

    private Instant reviewedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ResultFile> files = new ArrayList<>();

    protected DiagnosticOrder() {
    }

    /** A new order; the request must have passed validation. */
    public DiagnosticOrder(Patient patient, OrderRequest request, String by, Instant at) {
        OrderKind requested = request.getKind();
        if (requested.isImaging() && request.getBodyRegion() == null) {
            throw new InvalidInput("bodyRegion", "Imaging needs a body region");
        }
        if (!requested.isImaging() && request.getBodyRegion() != null) {
            throw new InvalidInput("bodyRegion", "A blood test has no body region");
        }
        if (request.isContrast() && !requested.contrastApplies()) {
            throw new InvalidInput("contrast", "Contrast applies to MRI and CT only");
        }
        this.patient = patient;
        this.patientId = patient.getId();
        this.kind = requested;
        this.reason = request.getReason().trim();
        this.bodyRegion = request.getBodyRegion();
        this.contrast = request.isContrast();
        this.orderedBy = by;
        this.orderedAt = at;
        this.status = OrderStatus.ORDERED;
        this.statusSince = at;
        steps.add(new StatusStep(OrderStatus.ORDERED, at, by, null));
    }

    public void schedule(String by, Instant at, String note) {
        move(OrderStatus.SCHEDULED, by, at, note);
    }

    public void markPerformed(String by, Instant at, String note) {
        move(OrderStatus.PERFORMED, by, at, note);
    }

    public void cancel(String by, Instant at, String reason) {
        move(OrderStatus.CANCELLED, by, at, reason);
    }

    /** The result: report text and/or a file (at least one), flagged abnormal or not. */
    public void receiveResult(String report, boolean abnormalResult, ResultAttachment attachment, String by,
                              Instant at) {
        boolean noReport = report == null || report.isBlank();
        if (noReport && attachment == null) {
            throw new InvalidInput("report", "A result needs report text or a file");
        }
        if (report != null && report.length() > 4000) {
            throw new InvalidInput("report", "Report text must be at most 4000 characters");
        }
        if (status == OrderStatus.ORDERED || status == OrderStatus.SCHEDULED) {
            move(OrderStatus.PERFORMED, by, at, "performed, as the result shows");
        }
        move(OrderStatus.RESULT_RECEIVED, by, at, null);
        this.resultReport = noReport ? null : report.trim();
        this.abnormal = abnormalResult;
        this.resultReceivedAt = at;
        if (attachment != null) {
            files.add(new ResultFile(this, attachment.filename(), attachment.type(), attachment.content()));
        }
    }

    public void review(String by, Instant at, String note) {
        move(OrderStatus.REVIEWED, by, at, note);
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    private void move(OrderStatus to, String by, Instant at, String note) {
        if (!status.next().contains(to)) {
            throw new IllegalTransition("order", status, to, status.next());
        }
        status = to;
        statusSince = at;
        steps.add(new StatusStep(to, at, by, note));
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getPatientId() {
        return patientId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public BodyRegion getBodyRegion() {
        return bodyRegion;
    }

    public boolean isContrast() {
        return contrast;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public List<StatusStep> getSteps() {
        return List.copyOf(steps);
    }

    public String getResultReport() {
        return resultReport;
    }

    public boolean isAbnormal() {
        return abnormal;
    }

    public Instant getResultReceivedAt() {
        return resultReceivedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public List<ResultFile> getFiles() {
        return List.copyOf(files);
    }

    /** One line for a letter, e.g. "MRI, Lumbar spine, with contrast: reviewed, abnormal". */
    public String summary() {
        StringBuilder line = new StringBuilder(kind.label());
        if (bodyRegion != null) {
            line.append(", ").append(bodyRegion.label());
        }
        if (kind.contrastApplies()) {
            line.append(contrast ? ", with contrast" : ", without contrast");
        }
        line.append(" (").append(reason).append("): ").append(status.name().toLowerCase().replace('_', ' '));
        if (resultReceivedAt != null) {
            line.append(abnormal ? ", abnormal" : ", normal");
            if (resultReport != null) {
                line.append(" - ").append(resultReport);
            }
        }
        return line.toString();
    }

    /** Addresses it to a clinician of the clinic (who joins the patient's care team, R19). */
    public void addressTo(long providerId) {
        this.addressedToId = providerId;
    }

    public Long getAddressedToId() {
        return addressedToId;
    }
}
