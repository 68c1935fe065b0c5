package com.dorsum.outcomes;

import java.math.BigDecimal;

/**
 * A questionnaire's score as computed from its answers: on the reported scale (ODI and NDI a percentage 0-100,
 * NPRS 0-10), or no value when too many items were left unanswered ({@code valid} false, {@code why} says so).
 */
public record Score(Instrument instrument, int answered, int sum, BigDecimal value, boolean valid, String why) {

    /** The NDI total on its own 0-50 scale (the percentage halved); null for the other instruments. */
    public BigDecimal ndiTotal() {
        return instrument == Instrument.NDI && value != null ? value.divide(BigDecimal.valueOf(2)) : null;
    }
}
