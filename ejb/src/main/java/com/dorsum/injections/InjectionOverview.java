package com.dorsum.injections;

import com.dorsum.care.Sight;

import java.util.List;

/**
 * A patient's injections (oldest first) with their complications, and the allowance today (R6), shaped for the
 * caller's {@link Sight} (R21): the front desk gets the dates, statuses and the allowance, never the procedure
 * record, the follow-up's relief or the complications. Every door reads the clinical parts through this record.
 */
public record InjectionOverview(List<Injection> items, List<Complication> complications,
                                InjectionLimit.Allowance allowance, Sight sight) {

    public InjectionOverview {
        complications = sight.clinical() ? List.copyOf(complications) : List.of();
    }

    public boolean clinical() {
        return sight.clinical();
    }

    public List<Complication> complicationsOf(Injection injection) {
        return complications.stream().filter(c -> c.getInjectionId() == injection.getId()).toList();
    }

    /** The procedure record, for clinical eyes only. */
    public Procedure procedureOf(Injection injection) {
        return sight.clinical() ? injection.getProcedure() : null;
    }

    /** The follow-up check with the relief, for clinical eyes only. */
    public FollowUp followUpOf(Injection injection) {
        return sight.clinical() ? injection.getFollowUp() : null;
    }
}
