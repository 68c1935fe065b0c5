package com.dorsum.plans;

import com.dorsum.platform.Violation;
import com.dorsum.scheduling.VisitKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseItemTest {

    private static List<String> fields(CourseItem item) {
        return item.violations("courses[0]").stream().map(Violation::field).toList();
    }

    @Test
    void physiotherapyOfTwoPerWeekForSixWeeksHasTwelveSessions() {
        CourseItem physio = new CourseItem(VisitKind.PHYSIOTHERAPY, 2, 6, null);
        assertTrue(fields(physio).isEmpty());
        assertEquals(12, physio.copy().getSessions());
        assertEquals("Physiotherapy: 2 sessions a week for 6 weeks (12 sessions)", physio.describe());
    }

    @Test
    void physiotherapyOutsideTwoToThreePerWeekOrFourToEightWeeksIsRefused() {
        assertEquals(List.of("courses[0]"), fields(new CourseItem(VisitKind.PHYSIOTHERAPY, 4, 6, null)));
        assertEquals(List.of("courses[0]"), fields(new CourseItem(VisitKind.PHYSIOTHERAPY, 3, 3, null)));
        assertTrue(new CourseItem(VisitKind.PHYSIOTHERAPY, 3, 9, null).violations("c").get(0).message()
                .contains("R1"));
    }

    @Test
    void chiropracticSeriesHasThreeToFiveTreatmentsAndEndsInAReassessment() {
        assertEquals(List.of("courses[0]"), fields(new CourseItem(VisitKind.CHIROPRACTIC, null, null, 6)));
        assertEquals(List.of("courses[0]"), fields(new CourseItem(VisitKind.OSTEOPATHY, null, null, 2)));
        CourseItem series = new CourseItem(VisitKind.OSTEOPATHY, null, null, 4);
        assertTrue(fields(series).isEmpty());
        assertTrue(series.describe().endsWith("then we reassess"), series.describe());
    }

    @Test
    void injectionIsNotACourse() {
        assertEquals(List.of("courses[0].therapy"), fields(new CourseItem(VisitKind.INJECTION, null, null, 3)));
    }
}
