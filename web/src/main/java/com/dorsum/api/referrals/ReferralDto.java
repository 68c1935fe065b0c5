package com.dorsum.api.referrals;

import com.dorsum.referrals.ReferralView;
import com.dorsum.referrals.ReferralStatus;
import com.dorsum.referrals.RuleOut;
import com.dorsum.referrals.Specialty;
import com.dorsum.referrals.SurgeryGate;
import com.dorsum.referrals.SurgicalIndication;
import com.dorsum.referrals.Urgency;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A referral as the API shows it (API.md, "Shapes"), with its rule-outs, receiver and trail; what the caller may
 * not see (R21: the front desk, the reason and rule-outs) comes shaped from {@link ReferralView} as null.
 */
public record ReferralDto(long id, long patientId, Specialty specialty, String reason, Urgency urgency,
                          ReferralStatus status, LocalDateTime createdAt, String referredBy, List<RuleOut> ruleOuts,
                          SurgicalIndication surgicalIndication, SurgeryGate.Basis surgeryBasis, Long specialistId,
                          String specialistName, boolean letterAvailable, List<StepDto> steps) {

    static ReferralDto of(ReferralView r, ZoneId zone) {
        var specialist = r.getSpecialist();
        return new ReferralDto(r.getId(), r.getPatientId(), r.getSpecialty(), r.getReason(), r.getUrgency(),
                r.getStatus(), LocalDateTime.ofInstant(r.getReferredAt(), zone), r.getReferredBy(),
                r.isClinical() ? r.getRuleOuts().stream().sorted().toList() : null, r.getSurgicalIndication(), r.getSurgeryBasis(),
                specialist == null ? null : specialist.getId(), specialist == null ? null : specialist.getName(),
                r.isLetterAvailable(),
                r.getSteps().stream().map(s -> StepDto.of(s, zone)).toList());
    }
}
