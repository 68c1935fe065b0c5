package com.dorsum.api.outcomes;

import com.dorsum.outcomes.DuePoint;
import com.dorsum.outcomes.Instrument;
import com.dorsum.outcomes.Occasion;

import java.time.LocalDate;

/** A questionnaire due now: which, for which occasion and day, and the last day it counts for it. */
public record DueDto(Instrument instrument, String title, Occasion occasion, String occasionLabel, String about,
                     LocalDate day, LocalDate until) {

    public static DueDto of(DuePoint p) {
        return new DueDto(p.instrument(), p.instrument().title(), p.occasion(), p.occasion().label(), p.about(),
                p.day(), p.until());
    }
}
