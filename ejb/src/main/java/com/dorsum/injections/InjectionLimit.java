package com.dorsum.injections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * R6, the limit: at most three facet-joint injections per patient in any six-month period. Precisely, with all of a
 * patient's injections that count (performed and booked, not cancelled) sorted by date, any four consecutive ones
 * must span more than six calendar months.
 * <p>
 * "Six months after" day D is {@link #sixMonthsAfter}: the same day of the month six months on, or that month's
 * last day where it has no such day ({@code LocalDate.plusMonths} clamps exactly so: 31 August becomes 28 February,
 * or 29 February in a leap year; 29 August and 30 August become the end of February too). Four injections "span
 * more than six months" when the last falls strictly after that day, so after injections on D, E and F a fourth is
 * allowed from the day after {@code sixMonthsAfter(D)}. There is no override.
 * <p>
 * Immutable: built from the dates that count, then asked about one more date.
 */
public final class InjectionLimit {

    /** Injections allowed in any six-month period. */
    public static final int PER_SIX_MONTHS = 3;

    private final List<LocalDate> dates;

    public InjectionLimit(Collection<LocalDate> counted) {
        this.dates = counted.stream().sorted().toList();
    }

    /**
     * The last day of the six months that start on {@code day}: the same day of the month six months on, or that
     * month's last day where it has no such day (31 August to 28 or 29 February). A fourth injection after one on
     * {@code day} is allowed from the day after.
     */
    public static LocalDate sixMonthsAfter(LocalDate day) {
        return day.plusMonths(6);
    }

    /** Whether four injections from {@code first} to {@code last} span more than six months. */
    static boolean spanMoreThanSixMonths(LocalDate first, LocalDate last) {
        return last.isAfter(sixMonthsAfter(first));
    }

    /** Whether one more injection on {@code day} keeps the rule. */
    public boolean admits(LocalDate day) {
        return crowdedWindow(day).isEmpty();
    }

    /**
     * The four injections, the one on {@code day} among them, that would fall within six months, or empty when
     * {@code day} is allowed. Only windows that can include the new date are looked at, so a day is judged on its
     * own neighbours.
     */
    public Optional<List<LocalDate>> crowdedWindow(LocalDate day) {
        List<LocalDate> with = new ArrayList<>(dates);
        with.add(day);
        with.sort(null);
        int first = with.indexOf(day);
        int last = with.lastIndexOf(day);
        for (int i = Math.max(0, first - PER_SIX_MONTHS); i <= last && i + PER_SIX_MONTHS < with.size(); i++) {
            if (!spanMoreThanSixMonths(with.get(i), with.get(i + PER_SIX_MONTHS))) {
                return Optional.of(List.copyOf(with.subList(i, i + PER_SIX_MONTHS + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The earliest day on or after {@code from} on which one more injection is allowed. Allowed days form runs; a
     * run can only begin at {@code from}, at an injection's date or the day after it (where the order of the dates
     * changes), or the day after an injection's six months end (where a window stops being crowded). So only those
     * days need to be tried; the last of them is always allowed.
     */
    public LocalDate earliestAllowed(LocalDate from) {
        TreeSet<LocalDate> candidates = new TreeSet<>();
        candidates.add(from);
        for (LocalDate d : dates) {
            candidates.add(d);
            candidates.add(d.plusDays(1));
            candidates.add(sixMonthsAfter(d).plusDays(1));
        }
        return candidates.tailSet(from, true).stream().filter(this::admits).findFirst()
                .orElseThrow(() -> new IllegalStateException("no allowed day after " + from));
    }

    /** Refuses one more injection on {@code day} with the earliest day on or after it that is allowed. */
    public void admit(LocalDate day) {
        crowdedWindow(day).ifPresent(window -> {
            throw new FacetInjectionLimitExceeded(day, window, earliestAllowed(day));
        });
    }

    /**
     * What a clinician needs to know on {@code today}: how many injections fell in the six months up to and
     * including today, how many more the busiest six months around today still hold (0 exactly when today is not
     * allowed), and the next day one is allowed.
     */
    public Allowance allowanceOn(LocalDate today) {
        int inLastSixMonths = (int) dates.stream().filter(d -> inSixMonthsUpTo(d, today)).count();
        int busiest = dates.stream().filter(d -> inSixMonthsUpTo(d, today))
                .mapToInt(start -> countWithinSixMonthsFrom(start)).max().orElse(0);
        busiest = Math.max(busiest, countWithinSixMonthsFrom(today));
        return new Allowance(inLastSixMonths, Math.max(0, PER_SIX_MONTHS - busiest), earliestAllowed(today));
    }

    /** Whether {@code day} lies in the six months that end on {@code today}. */
    private static boolean inSixMonthsUpTo(LocalDate day, LocalDate today) {
        return !day.isAfter(today) && !sixMonthsAfter(day).isBefore(today);
    }

    private int countWithinSixMonthsFrom(LocalDate start) {
        LocalDate end = sixMonthsAfter(start);
        return (int) dates.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).count();
    }

    /**
     * A patient's allowance on a day: injections in the six months up to it, places left, the next allowed day.
     */
    public record Allowance(int inLastSixMonths, int remaining, LocalDate nextEligibleDate) {
    }
}
