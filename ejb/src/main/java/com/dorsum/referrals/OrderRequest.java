package com.dorsum.referrals;

import com.dorsum.platform.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a clinician fills in to order imaging or a lab test. */
public class OrderRequest {

    @NotNull(message = "Kind is required (XRAY, BONE_SCAN, MRI, CT, ULTRASOUND, BLOOD_RA, BLOOD_INFECTION)")
    private OrderKind kind;

    @NotBlank(message = "Reason is required")
    @Size(max = 2000, message = "Reason must be at most 2000 characters")
    @MultiLineText
    private String reason;

    private BodyRegion bodyRegion;

    private boolean contrast;

    /** A clinician of the clinic the request is addressed to (optional); they join the care team (R19). */
    private Long clinicianId;

    public OrderRequest() {
    }

    public OrderRequest(OrderKind kind, String reason, BodyRegion bodyRegion, boolean contrast) {
        this.kind = kind;
        this.reason = reason;
        this.bodyRegion = bodyRegion;
        this.contrast = contrast;
    }

    public OrderKind getKind() {
        return kind;
    }

    public void setKind(OrderKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BodyRegion getBodyRegion() {
        return bodyRegion;
    }

    public void setBodyRegion(BodyRegion bodyRegion) {
        this.bodyRegion = bodyRegion;
    }

    public boolean isContrast() {
        return contrast;
    }

    public void setContrast(boolean contrast) {
        this.contrast = contrast;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }
}
