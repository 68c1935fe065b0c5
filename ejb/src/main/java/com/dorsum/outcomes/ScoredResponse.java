package com.dorsum.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A response with its score and its change from the patient's baseline of the same instrument (the first valid
 * score; negative is better). {@code clinicallyImportant} when the change, either way, reaches the instrument's
 * minimal clinically important change; {@code improved} when it is an improvement that reaches it.
 */
public record ScoredResponse(Long id, Instrument instrument, LocalDate date, AnsweredBy answeredBy, Score score,
                             BigDecimal change, boolean clinicallyImportant, boolean improved) {

    static ScoredResponse of(OutcomeResponse response, Score score, BigDecimal baseline) {
        BigDecimal change = baseline == null || score.value() == null ? null : score.value().subtract(baseline);
        Instrument instrument = response.getInstrument();
        return new ScoredResponse(response.getId(), instrument, response.getAnsweredOn(), response.getAnsweredBy(),
                score, change, instrument.clinicallyImportant(change), instrument.improvedBy(change));
    }
}
