package com.dorsum.referrals;

import com.dorsum.people.Patient;
import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A referral of one patient to a specialist (R9, R11, R13). Made as a DRAFT by a clinician with the question asked
 * (reason and rule-outs), an urgency and optionally the receiving specialist; then followed through its trail
 * (sent, booked, seen, report received, closed; or cancelled before the visit, {@link ReferralStatus}), every step
 * kept with time and user. A SURGERY referral exists only if the {@link SurgeryGate} admitted it; its basis is kept.
 * Overdue referrals are found by {@link OverdueRules}. Never deleted.
 */
@Entity
public class Referral extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "patient_id", insertable = false, updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Specialty specialty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Convert(converter = RuleOutsConverter.class)
    @Column(nullable = false, length = 200)
    private Set<RuleOut> ruleOuts = EnumSet.noneOf(RuleOut.class);

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SurgicalIndication surgicalIndication;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SurgeryGate.Basis surgeryBasis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specialist_id")
    private ExternalSpecialist specialist;

    /** The clinic's own clinician it is addressed to, if any. */
    @Column(updatable = false)
    private Long addressedToId;

    @Column(nullable = false, updatable = false, length = 80)
    private String referredBy;

    @Column(nullable = false, updatable = false)
    private Instant referredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(nullable = false)
    private Instant statusSince;

    @ElementCollection
    @CollectionTable(name = "referral_step", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "step_index")
    private List<StatusStep> steps = new ArrayList<>();

    protected Referral() {
    }

    /**
     * A new DRAFT. The request must have passed validation; the surgery basis is what the {@link SurgeryGate}
     * admitted it on (empty for a non-surgical referral).
     */
    public Referral(Patient patient, ReferralRequest request, Optional<SurgeryGate.Basis> surgeryBasis,
                    ExternalSpecialist specialist, String by, Instant at) {
        this.patient = patient;
        this.patientId = patient.getId();
        this.specialty = request.getSpecialty();
        this.urgency = request.getUrgency();
        this.reason = request.getReason().trim();
        this.ruleOuts = request.getRuleOuts().isEmpty() ? EnumSet.noneOf(RuleOut.class)
                : EnumSet.copyOf(request.getRuleOuts());
        this.surgicalIndication = request.getSurgicalIndication();
        this.surgeryBasis = surgeryBasis.orElse(null);
        assignSpecialist(specialist);
        this.referredBy = by;
        this.referredAt = at;
        this.status = ReferralStatus.DRAFT;
        this.statusSince = at;
        steps.add(new StatusStep(ReferralStatus.DRAFT, at, by, null));
    }

    /** The receiving specialist, who must practise the referral's specialty; null for "not chosen yet". */
    public void assignSpecialist(ExternalSpecialist receiver) {
        if (receiver != null && receiver.getSpecialty() != specialty) {
            throw new InvalidInput("specialistId", receiver.getName() + " is listed for "
                    + receiver.getSpecialty().label() + ", not " + specialty.label());
        }
        this.specialist = receiver;
    }

    public void markSent(String by, Instant at, String note) {
        move(ReferralStatus.SENT, by, at, note);
    }

    public void markBooked(String by, Instant at, String note) {
        move(ReferralStatus.BOOKED, by, at, note);
    }

    public void markSeen(String by, Instant at, String note) {
        move(ReferralStatus.SEEN, by, at, note);
    }

    public void reportReceived(String by, Instant at, String note) {
        move(ReferralStatus.REPORT_RECEIVED, by, at, note);
    }

    public void close(String by, Instant at, String note) {
        move(ReferralStatus.CLOSED, by, at, note);
    }

    public void cancel(String by, Instant at, String reason) {
        move(ReferralStatus.CANCELLED, by, at, reason);
    }

    private void move(ReferralStatus to, String by, Instant at, String note) {
        if (!status.next().contains(to)) {
            throw new IllegalTransition("referral", status, to, status.next());
        }
        status = to;
        statusSince = at;
        steps.add(new StatusStep(to, at, by, note));
    }

    /** Whether the referral went out (and so has a letter), whatever happened to it since. */
    public boolean wasSent() {
        return steps.stream().anyMatch(s -> ReferralStatus.SENT.name().equals(s.getStatus()));
    }

    public Optional<OverdueRules.Overdue> overdue(OverdueRules rules, Instant now) {
        return rules.overdue(status, urgency, referredAt, statusSince, now);
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getPatientId() {
        return patientId;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getReason() {
        return reason;
    }

    public Set<RuleOut> getRuleOuts() {
        return ruleOuts.isEmpty() ? Set.of() : EnumSet.copyOf(ruleOuts);
    }

    public SurgicalIndication getSurgicalIndication() {
        return surgicalIndication;
    }

    public SurgeryGate.Basis getSurgeryBasis() {
        return surgeryBasis;
    }

    public ExternalSpecialist getSpecialist() {
        return specialist;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public List<StatusStep> getSteps() {
        return List.copyOf(steps);
    }

    /** Addresses it to a clinician of the clinic (who joins the patient's care team, R19). */
    public void addressTo(long providerId) {
        this.addressedToId = providerId;
    }

    public Long getAddressedToId() {
        return addressedToId;
    }
}
