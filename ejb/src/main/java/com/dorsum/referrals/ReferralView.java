package com.dorsum.referrals;

import com.dorsum.care.Sight;
import com.dorsum.people.Patient;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A referral as one caller may see it (R21): for the front desk and ADMIN its specialty, urgency, receiver, status
 * trail and dates; the question asked, the rule-outs, the surgical indication and the letter only for clinical eyes
 * (clinicians in care, the patient). Every door (REST, JSF) reads referrals through this view.
 */
public final class ReferralView {

    private final Referral referral;
    private final Sight sight;

    ReferralView(Referral referral, Sight sight) {
        this.referral = referral;
        this.sight = sight;
    }

    public boolean isClinical() {
        return sight.clinical();
    }

    public long getId() {
        return referral.getId();
    }

    /** The patient's demographics (R21 lets every staff role see them). */
    public Patient getPatient() {
        return referral.getPatient();
    }

    public long getPatientId() {
        return referral.getPatientId();
    }

    public Specialty getSpecialty() {
        return referral.getSpecialty();
    }

    public Urgency getUrgency() {
        return referral.getUrgency();
    }

    public ReferralStatus getStatus() {
        return referral.getStatus();
    }

    public Instant getReferredAt() {
        return referral.getReferredAt();
    }

    public String getReferredBy() {
        return referral.getReferredBy();
    }

    public ExternalSpecialist getSpecialist() {
        return referral.getSpecialist();
    }

    public List<StatusStep> getSteps() {
        return referral.getSteps();
    }

    public boolean wasSent() {
        return referral.wasSent();
    }

    public String getReason() {
        return isClinical() ? referral.getReason() : null;
    }

    public Set<RuleOut> getRuleOuts() {
        return isClinical() ? referral.getRuleOuts() : Set.of();
    }

    public SurgicalIndication getSurgicalIndication() {
        return isClinical() ? referral.getSurgicalIndication() : null;
    }

    public SurgeryGate.Basis getSurgeryBasis() {
        return isClinical() ? referral.getSurgeryBasis() : null;
    }

    /** The letter can be read: it was sent, and the caller may read its content. */
    public boolean isLetterAvailable() {
        return isClinical() && referral.wasSent();
    }
}
