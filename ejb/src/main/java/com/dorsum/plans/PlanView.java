package com.dorsum.plans;

import java.util.List;

/** A plan version with the referrals and orders it lists, as they stand now. */
public record PlanView(TreatmentPlan plan, List<PlanReference> referrals, List<PlanReference> orders) {

    public List<CombinationWarning> warnings() {
        return plan.warnings();
    }
}
