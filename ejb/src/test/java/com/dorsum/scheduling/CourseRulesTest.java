package com.dorsum.scheduling;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseRulesTest {

    private static final CourseRules PHYSIO = CourseRules.PHYSIOTHERAPY;

    @Test
    void physiotherapyOfTwoAWeekForSixWeeksIsTwelveSessions() {
        CoursePattern pattern = PHYSIO.pattern(2, 6, null);
        assertEquals(12, pattern.getSessions());
        assertEquals(6, pattern.getWeeks());
        assertEquals(2, pattern.sessionsInWeek(5));
        assertEquals(0, pattern.sessionsInWeek(6));
    }

    @Test
    void physiotherapyLimitsAreEightToTwentyFourSessionsOverFourToEightWeeks() {
        assertEquals(8, PHYSIO.pattern(2, 4, null).getSessions());
        assertEquals(24, PHYSIO.pattern(3, 8, null).getSessions());
        assertRefused(() -> PHYSIO.pattern(4, 4, null), "2 to 3 sessions a week (R1), not 4");
        assertRefused(() -> PHYSIO.pattern(1, 8, null), "not 1");
        assertRefused(() -> PHYSIO.pattern(2, 3, null), "6");
        assertRefused(() -> PHYSIO.pattern(3, 9, null), "27");
    }

    @Test
    void sessionCountAloneIsSplitTwoOrThreeAWeek() {
        assertEquals(new CoursePattern(2, 12), PHYSIO.pattern(null, null, 12));
        assertEquals(new CoursePattern(3, 15), PHYSIO.pattern(null, null, 15));
        assertEquals(new CoursePattern(3, 12), PHYSIO.pattern(null, 4, 12));
        assertRefused(() -> PHYSIO.pattern(null, null, 13), "cannot be split");
        assertRefused(() -> PHYSIO.pattern(2, 6, 13), "do not fill 6 whole weeks");
    }

    @Test
    void chiropracticSeriesHasThreeToFiveTreatmentsAtTheirUsualPace() {
        CoursePattern series = CourseRules.CHIROPRACTIC.pattern(null, null, 5);
        assertEquals(2, series.getSessionsPerWeek());
        assertEquals(3, series.getWeeks());
        assertEquals(1, series.sessionsInWeek(2));
        assertRefused(() -> CourseRules.OSTEOPATHY.pattern(null, null, 6), "3 to 5 sessions (R2)");
        assertRefused(() -> CourseRules.CHIROPRACTIC.pattern(null, null, 2), "not 2");
    }

    @Test
    void injectionsAndReviewsAreNotCourses() {
        CourseRulesViolated refused = assertThrows(CourseRulesViolated.class, () -> CourseRules.of(VisitKind.INJECTION));
        assertEquals("COURSE_RULES", refused.code());
        assertEquals(CourseRules.CBT, CourseRules.of(VisitKind.CBT));
    }

    @Test
    void physiotherapyExtendsByWholeWeeksUpToEight() {
        assertEquals(new CoursePattern(2, 16), PHYSIO.extended(new CoursePattern(2, 12), 2));
        assertRefused(() -> PHYSIO.extended(new CoursePattern(2, 12), 3), "at most 8 weeks (R1)");
        assertRefused(() -> CourseRules.CHIROPRACTIC.extended(new CoursePattern(2, 4), 2), "at most 5 sessions");
    }

    @Test
    void sessionMayNotLeaveAWeekBelowTwoOrFillAWeekBeyondThree() {
        assertEquals(Optional.empty(), PHYSIO.whyNotMove(1, 2, 1, 2));
        assertEquals(Optional.empty(), PHYSIO.whyNotMove(1, 3, 2, 2));
        assertTrue(PHYSIO.whyNotMove(1, 2, 2, 2).orElseThrow().contains("week 2 of the course would be left with 1"));
        assertTrue(PHYSIO.whyNotMove(1, 3, 2, 3).orElseThrow().contains("week 3 of the course would have 4"));
        assertEquals(Optional.empty(), CourseRules.CHIROPRACTIC.whyNotMove(0, 1, 1, 1));
    }

    private static void assertRefused(Runnable change, String expected) {
        CourseRulesViolated refused = assertThrows(CourseRulesViolated.class, change::run);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
