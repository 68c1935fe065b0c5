package com.dorsum.outcomes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R25's schedule: a course's start, midpoint and end; an injection before and two to four weeks after. */
class OutcomeScheduleTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    /** Eight weeks of two sessions (Monday and Thursday): 16 sessions, the middle one the ninth. */
    static OutcomeSchedule.CourseDays physiotherapy() {
        List<LocalDate> days = java.util.stream.IntStream.range(0, 8)
                .boxed().flatMap(w -> java.util.stream.Stream.of(MONDAY.plusWeeks(w), MONDAY.plusWeeks(w).plusDays(3)))
                .toList();
        return new OutcomeSchedule.CourseDays(7, "Physiotherapy", days);
    }

    static List<DuePoint> due(List<DuePoint> points, LocalDate today, Map<Instrument, List<LocalDate>> answered) {
        return OutcomeSchedule.due(points, answered, today);
    }

    @Test
    void aCourseAsksAtItsFirstMiddleAndLastSessionForTheDisabilityIndexAndThePainScale() {
        List<DuePoint> points = OutcomeSchedule.points(List.of(physiotherapy()), List.of(), Instrument.ODI);
        assertEquals(6, points.size());
        assertEquals(List.of(MONDAY, MONDAY, MONDAY.plusWeeks(4), MONDAY.plusWeeks(4), MONDAY.plusWeeks(7).plusDays(3),
                MONDAY.plusWeeks(7).plusDays(3)), points.stream().map(DuePoint::day).toList());
        assertEquals(List.of(Occasion.COURSE_START, Occasion.COURSE_MIDPOINT, Occasion.COURSE_END),
                points.stream().map(DuePoint::occasion).distinct().toList());
    }

    @Test
    void theStartQuestionnairesAreDueTheWeekBeforeTheFirstSessionUntilAnsweredInTheWindow() {
        List<DuePoint> points = OutcomeSchedule.points(List.of(physiotherapy()), List.of(), Instrument.ODI);
        List<DuePoint> before = due(points, MONDAY.minusDays(3), Map.of());
        assertEquals(List.of(Instrument.ODI, Instrument.NPRS), before.stream().map(DuePoint::instrument).toList());
        assertEquals(Occasion.COURSE_START, before.get(0).occasion());
        assertTrue(due(points, MONDAY.minusDays(8), Map.of()).isEmpty(), "too early");
        List<DuePoint> odiDone = due(points, MONDAY.plusDays(1), Map.of(Instrument.ODI, List.of(MONDAY.minusDays(2))));
        assertEquals(List.of(Instrument.NPRS), odiDone.stream().map(DuePoint::instrument).toList());
        assertTrue(due(points, MONDAY.plusDays(8), Map.of()).isEmpty(), "the start window has closed");
    }

    @Test
    void theMidpointAndEndAreDueAroundTheMiddleAndLastSessions() {
        List<DuePoint> points = OutcomeSchedule.points(List.of(physiotherapy()), List.of(), Instrument.ODI);
        Map<Instrument, List<LocalDate>> atStart = Map.of(Instrument.ODI, List.of(MONDAY),
                Instrument.NPRS, List.of(MONDAY));
        assertEquals(Occasion.COURSE_MIDPOINT, due(points, MONDAY.plusWeeks(4), atStart).get(0).occasion());
        LocalDate last = MONDAY.plusWeeks(7).plusDays(3);
        List<DuePoint> end = due(points, last.plusDays(10), atStart);
        assertEquals(Occasion.COURSE_END, end.get(0).occasion());
        assertEquals(last.plusDays(14), end.get(0).until());
        assertTrue(due(points, last.plusDays(15), atStart).isEmpty());
    }

    @Test
    void anInjectionAsksBeforeItAndTwoToFourWeeksAfter() {
        LocalDate injection = MONDAY.plusWeeks(2);
        List<DuePoint> points = OutcomeSchedule.points(List.of(),
                List.of(new OutcomeSchedule.InjectionDay(9, injection)), Instrument.NDI);
        assertEquals(Occasion.BEFORE_INJECTION, due(points, injection.minusDays(5), Map.of()).get(0).occasion());
        assertEquals(Instrument.NDI, due(points, injection, Map.of()).get(0).instrument(), "the neck index chosen");
        assertTrue(due(points, injection.plusDays(13), Map.of()).isEmpty(), "not in the first two weeks after");
        List<DuePoint> after = due(points, injection.plusDays(14), Map.of());
        assertEquals(Occasion.AFTER_INJECTION, after.get(0).occasion());
        assertEquals(injection.plusDays(28), after.get(0).until());
        assertTrue(due(points, injection.plusDays(20), Map.of(Instrument.NDI, List.of(injection.plusDays(15)),
                Instrument.NPRS, List.of(injection.plusDays(16)))).isEmpty(), "answered after two weeks");
        assertTrue(due(points, injection.plusDays(29), Map.of()).isEmpty(), "after four weeks it is no longer asked");
    }

    @Test
    void aSeriesOfThreeHasAllThreeOccasionsAndASingleSessionOnlyTheStart() {
        OutcomeSchedule.CourseDays series = new OutcomeSchedule.CourseDays(3, "Chiropractic",
                List.of(MONDAY, MONDAY.plusDays(3), MONDAY.plusDays(7)));
        assertEquals(6, OutcomeSchedule.points(List.of(series), List.of(), Instrument.ODI).size());
        assertEquals(2, OutcomeSchedule.points(List.of(new OutcomeSchedule.CourseDays(4, "Massage",
                List.of(MONDAY))), List.of(), Instrument.ODI).size());
    }
}
