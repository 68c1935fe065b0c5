package com.dorsum.injections;

import com.dorsum.platform.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A fourth facet-joint injection within six months (R6): refused, with the earliest day it would be allowed. */
public class FacetInjectionLimitExceeded extends DomainException {

    private final LocalDate earliestAllowed;

    public FacetInjectionLimitExceeded(LocalDate asked, List<LocalDate> window, LocalDate earliestAllowed) {
        super(Kind.CONFLICT, "FACET_INJECTION_LIMIT",
                "At most " + InjectionLimit.PER_SIX_MONTHS + " facet-joint injections in six months: "
                        + window.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                        + " would be four within six months. The earliest allowed date on or after " + asked
                        + " is " + earliestAllowed + ".",
                Map.of("earliestAllowed", earliestAllowed.toString(), "requestedDate", asked.toString()));
        this.earliestAllowed = earliestAllowed;
    }

    public LocalDate earliestAllowed() {
        return earliestAllowed;
    }
}
