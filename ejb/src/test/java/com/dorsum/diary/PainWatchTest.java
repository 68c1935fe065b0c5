package com.dorsum.diary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PainWatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private static PainPoint daysAgo(int days, int pain) {
        return new PainPoint(TODAY.minusDays(days), pain);
    }

    @Test
    void painGoingFromThreeToSixWithinTheWeekIsFlaggedAsRising() {
        List<DiaryFlag> flags = PainWatch.flags(List.of(daysAgo(6, 3), daysAgo(4, 3), daysAgo(2, 5), daysAgo(0, 6)),
                List.of(), TODAY);
        assertEquals(1, flags.size());
        assertEquals(DiaryFlag.Kind.RISING, flags.get(0).kind());
        assertEquals("Pain rising this week: from about 3 to 5.5", flags.get(0).message());
    }

    @Test
    void oneBadDayOrARiseSpreadOverMoreThanAWeekIsNotRising() {
        assertTrue(PainWatch.flags(List.of(daysAgo(5, 3), daysAgo(3, 3), daysAgo(1, 3), daysAgo(0, 6)),
                List.of(), TODAY).isEmpty());
        assertTrue(PainWatch.flags(List.of(daysAgo(12, 2), daysAgo(8, 3), daysAgo(3, 4), daysAgo(0, 5)),
                List.of(), TODAY).isEmpty());
    }

    @Test
    void twoEntriesAreTooFewToSpeakOfATrend() {
        assertTrue(PainWatch.flags(List.of(daysAgo(3, 1), daysAgo(0, 9)), List.of(), TODAY).isEmpty());
    }

    @Test
    void painStillSevenAfterDayThreeOfAnInjectionIsFlagged() {
        LocalDate injection = TODAY.minusDays(6);
        List<DiaryFlag> flags = PainWatch.flags(List.of(new PainPoint(injection.plusDays(1), 9),
                new PainPoint(injection.plusDays(4), 8), new PainPoint(injection.plusDays(6), 7)),
                List.of(injection), TODAY);
        assertEquals(List.of(DiaryFlag.Kind.HIGH_AFTER_INJECTION), flags.stream().map(DiaryFlag::kind).toList());
        assertEquals(injection.plusDays(4), flags.get(0).since());
    }

    @Test
    void worsePainOnDaysTwoAndThreeIsExpectedAndReliefAfterwardsClearsTheFlag() {
        LocalDate injection = TODAY.minusDays(6);
        assertTrue(PainWatch.flags(List.of(new PainPoint(injection.plusDays(2), 9),
                new PainPoint(injection.plusDays(3), 9)), List.of(injection), TODAY).isEmpty());
        assertTrue(PainWatch.flags(List.of(new PainPoint(injection.plusDays(4), 8),
                new PainPoint(injection.plusDays(5), 4)), List.of(injection), TODAY).isEmpty());
    }
}
