package com.dorsum.api.outcomes;

import com.dorsum.outcomes.AnsweredBy;
import com.dorsum.outcomes.Instrument;
import com.dorsum.outcomes.ScoredResponse;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A scored questionnaire: {@code score} on the reported scale (ODI and NDI a percentage 0-100, NPRS 0-10; null
 * when not valid), {@code change} from the first valid score of the instrument (negative is better).
 */
public record OutcomeDto(Long id, Instrument instrument, LocalDate date, AnsweredBy answeredBy, int answered,
                         BigDecimal score, boolean valid, String why, BigDecimal ndiTotal, BigDecimal change,
                         boolean clinicallyImportant, boolean improved) {

    public static OutcomeDto of(ScoredResponse r) {
        return new OutcomeDto(r.id(), r.instrument(), r.date(), r.answeredBy(), r.score().answered(),
                r.score().value(), r.score().valid(), r.score().why(), r.score().ndiTotal(), r.change(),
                r.clinicallyImportant(), r.improved());
    }
}
