package com.dorsum.diary;

import java.time.LocalDate;

/** Something the plan put on a day, marked on the pain chart: a course session or an injection. */
public record PlanEvent(LocalDate date, Kind kind, String label) {

    public enum Kind { SESSION, INJECTION }
}
