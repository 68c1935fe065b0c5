package com.dorsum.referrals;

import com.dorsum.care.Sight;
import com.dorsum.people.Patient;

import java.time.Instant;
import java.util.List;

/**
 * An imaging or lab order as one caller may see it (R21): for the front desk and ADMIN its kind, region, status
 * trail and dates (a result's arrival included); the reason, the result's text, whether it was abnormal, and the
 * result files only for clinical eyes (clinicians in care, the patient). Every door reads orders through this view.
 */
public final class OrderView {

    private final DiagnosticOrder order;
    private final Sight sight;

    OrderView(DiagnosticOrder order, Sight sight) {
        this.order = order;
        this.sight = sight;
    }

    public boolean isClinical() {
        return sight.clinical();
    }

    public long getId() {
        return order.getId();
    }

    /** The patient's demographics (R21 lets every staff role see them). */
    public Patient getPatient() {
        return order.getPatient();
    }

    public long getPatientId() {
        return order.getPatientId();
    }

    public OrderKind getKind() {
        return order.getKind();
    }

    public BodyRegion getBodyRegion() {
        return order.getBodyRegion();
    }

    public boolean isContrast() {
        return order.isContrast();
    }

    public OrderStatus getStatus() {
        return order.getStatus();
    }

    public Instant getOrderedAt() {
        return order.getOrderedAt();
    }

    public String getOrderedBy() {
        return order.getOrderedBy();
    }

    public Instant getResultReceivedAt() {
        return order.getResultReceivedAt();
    }

    public String getReviewedBy() {
        return order.getReviewedBy();
    }

    public Instant getReviewedAt() {
        return order.getReviewedAt();
    }

    public List<StatusStep> getSteps() {
        return order.getSteps();
    }

    public String getReason() {
        return isClinical() ? order.getReason() : null;
    }

    public String getResultReport() {
        return isClinical() ? order.getResultReport() : null;
    }

    /** Whether the result was abnormal: null before a result, and for eyes that may not read it. */
    public Boolean getAbnormal() {
        return isClinical() && order.getResultReceivedAt() != null ? order.isAbnormal() : null;
    }

    public List<ResultFile> getFiles() {
        return isClinical() ? order.getFiles() : List.of();
    }
}
