package com.dorsum.api.outcomes;

import com.dorsum.outcomes.Instrument;
import com.dorsum.outcomes.OutcomeTrend;

import java.math.BigDecimal;
import java.util.List;

/** One instrument's scores over time with its baseline and the minimal clinically important change (R25). */
public record TrendDto(Instrument instrument, String title, BigDecimal minimalImportantChange, BigDecimal baseline,
                       BigDecimal importantImprovementLevel, List<OutcomeDto> items) {

    public static TrendDto of(OutcomeTrend trend) {
        return new TrendDto(trend.instrument(), trend.instrument().title(),
                trend.instrument().minimalImportantChange(), trend.baseline(), trend.importantImprovementLevel(),
                trend.points().stream().map(OutcomeDto::of).toList());
    }
}
