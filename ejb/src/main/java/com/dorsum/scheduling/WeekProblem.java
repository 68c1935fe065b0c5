package com.dorsum.scheduling;

import java.time.LocalDate;
import java.util.List;

/** A week of a course that could not be filled: how many sessions it needed, how many fit, and why not more. */
public record WeekProblem(int week, LocalDate from, LocalDate to, int needed, int placed, List<String> reasons) {

    public WeekProblem {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String toString() {
        return "week " + week + " (" + from + " to " + to + "): " + placed + " of " + needed + " sessions fit; "
                + String.join("; ", reasons);
    }
}
