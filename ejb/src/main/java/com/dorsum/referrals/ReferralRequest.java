package com.dorsum.referrals;

import com.dorsum.platform.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** What a clinician fills in to refer a patient: the JSF form, the REST API and the service validate against it. */
public class ReferralRequest {

    @NotNull(message = "Specialty is required")
    private Specialty specialty;

    @NotBlank(message = "Reason (the question asked) is required")
    @Size(max = 2000, message = "Reason must be at most 2000 characters")
    @MultiLineText
    private String reason;

    @NotNull(message = "Urgency is required (ROUTINE or URGENT)")
    private Urgency urgency = Urgency.ROUTINE;

    private Set<RuleOut> ruleOuts = EnumSet.noneOf(RuleOut.class);

    private SurgicalIndication surgicalIndication;

    private Long specialistId;

    /** A clinician of the clinic the request is addressed to (optional); they join the care team (R19). */
    private Long clinicianId;

    public ReferralRequest() {
    }

    public ReferralRequest(Specialty specialty, String reason, Urgency urgency) {
        this.specialty = specialty;
        this.reason = reason;
        this.urgency = urgency;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Set<RuleOut> getRuleOuts() {
        return ruleOuts;
    }

    public void setRuleOuts(Set<RuleOut> ruleOuts) {
        this.ruleOuts = ruleOuts == null || ruleOuts.isEmpty() ? EnumSet.noneOf(RuleOut.class) : EnumSet.copyOf(ruleOuts);
    }

    public SurgicalIndication getSurgicalIndication() {
        return surgicalIndication;
    }

    public void setSurgicalIndication(SurgicalIndication surgicalIndication) {
        this.surgicalIndication = surgicalIndication;
    }

    public Long getSpecialistId() {
        return specialistId;
    }

    public void setSpecialistId(Long specialistId) {
        this.specialistId = specialistId;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }
}
