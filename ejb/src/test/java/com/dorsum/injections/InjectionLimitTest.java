package com.dorsum.injections;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R6: any four consecutive injections span more than six calendar months; the earliest allowed day. */
class InjectionLimitTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static InjectionLimit limit(String... dates) {
        return new InjectionLimit(List.of(dates).stream().map(LocalDate::parse).toList());
    }

    @Test
    void sixMonthsAfterIsTheSameDayOfTheMonthOrThatMonthsLastDay() {
        assertEquals(day("2025-07-10"), InjectionLimit.sixMonthsAfter(day("2025-01-10")));
        assertEquals(day("2026-02-28"), InjectionLimit.sixMonthsAfter(day("2025-08-31")));
        assertEquals(day("2026-02-28"), InjectionLimit.sixMonthsAfter(day("2025-08-29")));
        assertEquals(day("2024-02-29"), InjectionLimit.sixMonthsAfter(day("2023-08-31")));
        assertEquals(day("2024-08-29"), InjectionLimit.sixMonthsAfter(day("2024-02-29")));
        assertEquals(day("2025-09-30"), InjectionLimit.sixMonthsAfter(day("2025-03-31")));
    }

    @Test
    void threeWithinSixMonthsAreAllowedAndAFourthIsRefused() {
        InjectionLimit limit = limit("2025-01-10", "2025-02-10");
        assertTrue(limit.admits(day("2025-03-10")));
        InjectionLimit full = limit("2025-01-10", "2025-02-10", "2025-03-10");
        assertFalse(full.admits(day("2025-04-10")));
        FacetInjectionLimitExceeded refused = assertThrows(FacetInjectionLimitExceeded.class,
                () -> full.admit(day("2025-04-10")));
        assertEquals("FACET_INJECTION_LIMIT", refused.code());
        assertEquals(day("2025-07-11"), refused.earliestAllowed());
        assertEquals("2025-07-11", refused.facts().get("earliestAllowed"));
    }

    @Test
    void fourthExactlyOnTheSixMonthBoundaryIsRefusedAndAllowedTheDayAfter() {
        InjectionLimit full = limit("2025-01-10", "2025-02-10", "2025-03-10");
        assertFalse(full.admits(day("2025-07-10")));
        assertTrue(full.admits(day("2025-07-11")));
        assertEquals(day("2025-07-11"), full.earliestAllowed(day("2025-07-10")));
        assertEquals(day("2025-07-12"), full.earliestAllowed(day("2025-07-12")));
    }

    @Test
    void thirtyFirstOfAugustReachesTheEndOfFebruary() {
        InjectionLimit full = limit("2025-08-31", "2025-09-15", "2025-10-01");
        assertFalse(full.admits(day("2026-02-28")));
        assertTrue(full.admits(day("2026-03-01")));
        assertEquals(day("2026-03-01"), full.earliestAllowed(day("2025-12-01")));
    }

    @Test
    void inALeapYearTheThirtyFirstOfAugustReachesTheLeapDay() {
        InjectionLimit full = limit("2023-08-31", "2023-10-01", "2023-12-01");
        assertFalse(full.admits(day("2024-02-29")));
        assertTrue(full.admits(day("2024-03-01")));
        assertEquals(day("2024-03-01"), full.earliestAllowed(day("2024-01-15")));
    }

    @Test
    void sixMonthsFromALeapDayEndOnTheTwentyNinthOfAugust() {
        InjectionLimit full = limit("2024-02-29", "2024-04-01", "2024-05-01");
        assertFalse(full.admits(day("2024-08-29")));
        assertTrue(full.admits(day("2024-08-30")));
        assertEquals(day("2024-08-30"), full.earliestAllowed(day("2024-06-01")));
    }

    @Test
    void aFourthBeforeThreeBookedAheadIsRefusedToo() {
        InjectionLimit limit = limit("2025-03-10", "2025-04-10", "2025-05-10");
        assertFalse(limit.admits(day("2025-02-01")));
        assertTrue(limit.admits(day("2024-11-09")));
        assertFalse(limit.admits(day("2024-11-10")));
    }

    @Test
    void bookedInjectionsAheadCountAndTheEarliestDaySkipsTheDaysTheyBlock() {
        // Three performed, two booked ahead: between them every day would make four within six months.
        InjectionLimit limit = limit("2025-01-10", "2025-02-10", "2025-03-10", "2025-08-01", "2025-09-01");
        assertFalse(limit.admits(day("2025-07-11")));
        assertFalse(limit.admits(day("2025-08-20")));
        assertFalse(limit.admits(day("2025-09-10")));
        assertEquals(day("2025-09-11"), limit.earliestAllowed(day("2025-04-01")));
    }

    @Test
    void injectionsOnTheSameDayEachCount() {
        InjectionLimit full = limit("2025-05-05", "2025-05-05", "2025-05-05");
        assertFalse(full.admits(day("2025-05-05")));
        assertEquals(day("2025-11-06"), full.earliestAllowed(day("2025-05-05")));
    }

    @Test
    void injectionsLongAgoDoNotMatter() {
        InjectionLimit limit = limit("2023-01-10", "2023-02-10", "2023-03-10");
        assertTrue(limit.admits(day("2025-01-01")));
        assertEquals(day("2025-01-01"), limit.earliestAllowed(day("2025-01-01")));
    }

    @Test
    void allowanceCountsTheLastSixMonthsAndSaysWhenTheNextIsAllowed() {
        InjectionLimit.Allowance full = limit("2025-01-10", "2025-02-10", "2025-03-10").allowanceOn(day("2025-04-01"));
        assertEquals(new InjectionLimit.Allowance(3, 0, day("2025-07-11")), full);
        InjectionLimit.Allowance one = limit("2024-06-01", "2025-03-10").allowanceOn(day("2025-04-01"));
        assertEquals(new InjectionLimit.Allowance(1, 2, day("2025-04-01")), one);
        InjectionLimit.Allowance none = limit().allowanceOn(day("2025-04-01"));
        assertEquals(new InjectionLimit.Allowance(0, 3, day("2025-04-01")), none);
    }

    @Test
    void anInjectionExactlySixMonthsAgoStillCountsToday() {
        InjectionLimit.Allowance allowance = limit("2025-01-10").allowanceOn(day("2025-07-10"));
        assertEquals(1, allowance.inLastSixMonths());
        assertEquals(0, limit("2025-01-10").allowanceOn(day("2025-07-11")).inLastSixMonths());
    }

    @Test
    void bookedAheadInjectionsUseUpTodaysPlaces() {
        InjectionLimit.Allowance allowance = limit("2025-03-10", "2025-04-20", "2025-05-01")
                .allowanceOn(day("2025-04-01"));
        assertEquals(1, allowance.inLastSixMonths());
        assertEquals(0, allowance.remaining());
        assertEquals(day("2025-09-11"), allowance.nextEligibleDate());
    }

    /** The short cut over candidate days agrees with trying every day, on many random histories. */
    @Test
    void earliestAllowedIsTheFirstDayThatTryingEveryDayFinds() {
        Random random = new Random(20260601);
        LocalDate base = day("2023-08-01");
        for (int run = 0; run < 3000; run++) {
            InjectionLimit limit = new InjectionLimit(randomHistory(random, base));
            LocalDate from = base.plusDays(random.nextInt(900));
            LocalDate expected = from;
            while (!limit.admits(expected)) {
                expected = expected.plusDays(1);
            }
            assertEquals(expected, limit.earliestAllowed(from), "run " + run);
            InjectionLimit.Allowance allowance = limit.allowanceOn(from);
            assertEquals(limit.admits(from), allowance.remaining() > 0, "run " + run + " on " + from);
        }
    }

    /** A history that keeps R6 (as the system would have built it), crowded around month ends. */
    private static List<LocalDate> randomHistory(Random random, LocalDate base) {
        List<LocalDate> dates = new ArrayList<>();
        int wanted = random.nextInt(9);
        for (int tries = 0; dates.size() < wanted && tries < 50; tries++) {
            LocalDate candidate = random.nextBoolean() ? base.plusDays(random.nextInt(800))
                    : base.plusMonths(random.nextInt(26)).withDayOfMonth(1).minusDays(random.nextInt(3));
            if (new InjectionLimit(dates).admits(candidate)) {
                dates.add(candidate);
            }
        }
        return dates;
    }
}
