package com.dorsum.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One instrument's scores of a patient over time, oldest first, each with its change from the baseline (the first
 * valid score) and whether that reaches the minimal clinically important change (R25). The line on the chart is
 * drawn through the valid scores; the MCID is marked as the level one important improvement below the baseline.
 */
public record OutcomeTrend(Instrument instrument, List<ScoredResponse> points) {

    public static OutcomeTrend of(Instrument instrument, List<OutcomeResponse> responses) {
        List<OutcomeResponse> sorted = responses.stream().filter(r -> r.getInstrument() == instrument)
                .sorted(Comparator.comparing(OutcomeResponse::getAnsweredOn)
                        .thenComparing(OutcomeResponse::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<ScoredResponse> points = new ArrayList<>();
        BigDecimal baseline = null;
        for (OutcomeResponse response : sorted) {
            Score score = response.score();
            points.add(ScoredResponse.of(response, score, baseline));
            if (baseline == null && score.valid()) {
                baseline = score.value();
            }
        }
        return new OutcomeTrend(instrument, List.copyOf(points));
    }

    /** The first valid score, or null. */
    public BigDecimal baseline() {
        return points.stream().filter(p -> p.score().valid()).map(p -> p.score().value()).findFirst().orElse(null);
    }

    /** The level a score must reach to be an important improvement on the baseline (never below 0), or null. */
    public BigDecimal importantImprovementLevel() {
        BigDecimal baseline = baseline();
        return baseline == null ? null : baseline.subtract(instrument.minimalImportantChange()).max(BigDecimal.ZERO);
    }

    /** The latest valid score, or null. */
    public ScoredResponse latest() {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).score().valid()) {
                return points.get(i);
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
