package com.dorsum.injections;

import java.util.List;

/** A patient's injections (oldest first) with their complications, and the allowance today (R6). */
public record InjectionOverview(List<Injection> items, List<Complication> complications,
                                InjectionLimit.Allowance allowance) {

    public List<Complication> complicationsOf(Injection injection) {
        return complications.stream().filter(c -> c.getInjectionId() == injection.getId()).toList();
    }
}
