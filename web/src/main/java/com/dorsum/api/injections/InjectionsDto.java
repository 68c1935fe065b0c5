package com.dorsum.api.injections;

import com.dorsum.injections.InjectionOverview;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's injections, oldest first, with today's allowance (R6): how many in the six months up to today, how
 * many more the busiest six months around today still hold, and the next day one is allowed.
 */
public record InjectionsDto(List<InjectionDto> items, long total, int inLastSixMonths, int remaining,
                            LocalDate nextEligibleDate) {

    static InjectionsDto of(InjectionOverview overview) {
        List<InjectionDto> items = overview.items().stream().map(i -> InjectionDto.of(i, overview)).toList();
        return new InjectionsDto(items, items.size(), overview.allowance().inLastSixMonths(),
                overview.allowance().remaining(), overview.allowance().nextEligibleDate());
    }
}
