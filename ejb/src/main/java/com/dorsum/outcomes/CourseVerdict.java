package com.dorsum.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one instrument's scores say about a course (R25): the valid score at its start (answered in the start
 * window of the first session) and at its end (in the end window of the last session), and whether the change
 * reaches the minimal clinically important improvement. A completed course whose scores do not reach it counts as
 * "no adequate relief" for the surgery gate (R11).
 */
public record CourseVerdict(Instrument instrument, LocalDate startDate, BigDecimal atStart, LocalDate endDate,
                            BigDecimal atEnd, boolean improved) {

    /** The verdict per instrument that has a score at both ends of the course. */
    public static List<CourseVerdict> of(List<LocalDate> sessionDays, List<OutcomeResponse> responses) {
        List<LocalDate> days = sessionDays.stream().sorted().toList();
        List<CourseVerdict> verdicts = new ArrayList<>();
        if (days.size() < 2) {
            return verdicts;
        }
        DuePoint startWindow = DuePoint.of(Occasion.COURSE_START, Instrument.ODI, days.get(0), "");
        DuePoint endWindow = DuePoint.of(Occasion.COURSE_END, Instrument.ODI, days.get(days.size() - 1), "");
        for (Instrument instrument : Instrument.values()) {
            List<OutcomeResponse> valid = responses.stream().filter(r -> r.getInstrument() == instrument)
                    .filter(r -> r.score().valid())
                    .sorted(Comparator.comparing(OutcomeResponse::getAnsweredOn)).toList();
            Optional<OutcomeResponse> start = valid.stream().filter(r -> startWindow.covers(r.getAnsweredOn()))
                    .findFirst();
            Optional<OutcomeResponse> end = valid.stream().filter(r -> endWindow.covers(r.getAnsweredOn()))
                    .filter(r -> start.isPresent() && r.getAnsweredOn().isAfter(start.get().getAnsweredOn()))
                    .reduce((first, later) -> later);
            if (start.isPresent() && end.isPresent()) {
                BigDecimal before = start.get().score().value();
                BigDecimal after = end.get().score().value();
                verdicts.add(new CourseVerdict(instrument, start.get().getAnsweredOn(), before,
                        end.get().getAnsweredOn(), after, instrument.improvedBy(after.subtract(before))));
            }
        }
        return verdicts;
    }

    /** "Oswestry Disability Index 60% (2026-01-05) to 45% (2026-02-27): an important improvement". */
    public String summary() {
        return instrument.title() + " " + atStart.toPlainString() + instrument.unit() + " (" + startDate + ") to "
                + atEnd.toPlainString() + instrument.unit() + " (" + endDate + "): "
                + (improved ? "an important improvement" : "no important improvement");
    }
}
