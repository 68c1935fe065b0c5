package com.dorsum.api.outcomes;

import com.dorsum.outcomes.OutcomeTrend;

import java.util.List;

/** A patient's scores: every response newest first ({@code items}, {@code total}) and the trend per instrument. */
public record OutcomesDto(List<OutcomeDto> items, long total, List<TrendDto> trends) {

    public static OutcomesDto of(List<OutcomeTrend> trends) {
        List<OutcomeDto> items = trends.stream().flatMap(t -> t.points().stream()).map(OutcomeDto::of)
                .sorted(java.util.Comparator.comparing(OutcomeDto::date).thenComparing(OutcomeDto::id).reversed())
                .toList();
        return new OutcomesDto(items, items.size(), trends.stream().map(TrendDto::of).toList());
    }
}
