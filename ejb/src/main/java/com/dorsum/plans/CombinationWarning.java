package com.dorsum.plans;

import java.time.LocalDate;

/**
 * An NSAID planned on the same days as acetaminophen or a muscle relaxant (R15): flagged to the clinician and
 * shown to the patient as a warning.
 */
public record CombinationWarning(Medicine nsaid, Medicine other, LocalDate from, LocalDate to) {

    /** What the clinician sees next to the plan. */
    public String forClinician() {
        return nsaid.label() + " overlaps " + other.label() + " from " + from + " to " + to
                + ": the source guidance says never to combine them (R15)";
    }

    /** What the patient sees in the plan. */
    public String forPatient() {
        return "Warning: do not take " + other.label() + " while you are taking " + nsaid.label()
                + " (" + from + " to " + to + "). Ask your clinician before combining them.";
    }
}
