package com.dorsum.outcomes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.dorsum.outcomes.OutcomeTrendTest.nprs;
import static com.dorsum.outcomes.OutcomeTrendTest.odi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A completed course's scores at its start and end say whether it brought an important improvement (R25, R11). */
class CourseVerdictTest {

    static final LocalDate FIRST = LocalDate.of(2026, 9, 7);
    static final LocalDate LAST = FIRST.plusWeeks(6);
    static final List<LocalDate> SESSIONS = List.of(FIRST, FIRST.plusWeeks(3), LAST);

    @Test
    void scoresAtBothEndsThatImproveByTheMcidAreAnImportantImprovement() {
        List<CourseVerdict> verdicts = CourseVerdict.of(SESSIONS, List.of(odi(FIRST.minusDays(2), 3),
                odi(LAST.plusDays(3), 2), nprs(FIRST, 7), nprs(LAST, 6)));
        assertEquals(2, verdicts.size());
        CourseVerdict odi = verdicts.get(0);
        assertEquals(Instrument.ODI, odi.instrument());
        assertTrue(odi.improved(), "60 to 40");
        assertFalse(verdicts.get(1).improved(), "NPRS 7 to 6");
        assertTrue(odi.summary().startsWith("Oswestry Disability Index 60% (2026-09-05) to 40% (2026-10-22)"),
                odi.summary());
    }

    @Test
    void aCourseWithoutScoresAtBothEndsHasNoVerdict() {
        assertTrue(CourseVerdict.of(SESSIONS, List.of(odi(FIRST, 3))).isEmpty());
        assertTrue(CourseVerdict.of(SESSIONS, List.of(odi(FIRST.minusDays(30), 3), odi(LAST, 1))).isEmpty(),
                "the first score is long before the course");
    }

    @Test
    void scoresThatStayWithinTheMcidMeanNoImportantImprovement() {
        List<CourseVerdict> verdicts = CourseVerdict.of(SESSIONS, List.of(odi(FIRST, 3), odi(LAST.plusDays(1), 3)));
        assertEquals(1, verdicts.size());
        assertFalse(verdicts.get(0).improved());
    }
}
