package com.dorsum.outcomes;

import java.time.LocalDate;

/**
 * One time a questionnaire is asked for: the occasion, the day it belongs to (a course's first, middle or last
 * session, an injection's day) and the window of days in which an answer counts, for one instrument.
 */
public record DuePoint(Occasion occasion, Instrument instrument, LocalDate day, LocalDate from, LocalDate until,
                       String about) {

    static DuePoint of(Occasion occasion, Instrument instrument, LocalDate day, String about) {
        return new DuePoint(occasion, instrument, day, day.plusDays(occasion.fromDays()),
                day.plusDays(occasion.untilDays()), about);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
