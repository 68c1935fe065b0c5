package com.dorsum.diary;

import java.time.LocalDate;
import java.util.List;

/** A patient's diary over a period: entries in date order, the plan's events, the flags as of today, the chart. */
public record DiaryPeriod(LocalDate from, LocalDate to, List<DiaryEntry> entries, List<PlanEvent> events,
                          List<DiaryFlag> flags) {

    public String chart() {
        return PainChart.svg(entries.stream().map(DiaryEntry::point).toList(), events, from, to);
    }
}
