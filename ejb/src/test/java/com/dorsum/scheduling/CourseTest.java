package com.dorsum.scheduling;

import com.dorsum.people.Provider;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.dorsum.scheduling.TestClinic.physiotherapy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A physiotherapy course of 2 sessions a week for 4 weeks from Monday 7 December 2026: Mondays and Thursdays. */
class CourseTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final TestClinic clinic = new TestClinic();
    private final Provider berger = clinic.physio("Jakob Berger");
    private final Course course = book(physiotherapy(berger, 2, 4, MONDAY));
    private final List<Appointment> sessions = course.getSessions();

    private Course book(CourseSpecification spec) {
        CourseProposal proposal = clinic.planner().plan(spec, clinic.providers());
        Course booked = TestClinic.assignId(new Course(proposal), 77);
        booked.schedule(proposal.sessions());
        return booked;
    }

    private static TimeSlot at(LocalDate day) {
        return TimeSlot.of(day.atTime(10, 0), 45);
    }

    @Test
    void sessionsAreTheCoursesAppointments() {
        assertEquals(8, sessions.size());
        assertTrue(sessions.stream().allMatch(s -> s.getCourseId() == 77 && s.getKind() == VisitKind.PHYSIOTHERAPY
                && s.getPatientId() == TestClinic.PATIENT && s.getStatus() == AppointmentStatus.BOOKED));
        assertEquals(MONDAY.plusDays(3), sessions.get(1).getStart().toLocalDate());
    }

    @Test
    void sessionMovesToAnotherDayOfItsWeek() {
        assertDoesNotThrow(() -> course.checkMove(sessions.get(0), at(MONDAY.plusDays(1))));
    }

    @Test
    void secondSessionOnOneDayIsRefused() {
        CourseRulesViolated refused = assertThrows(CourseRulesViolated.class,
                () -> course.checkMove(sessions.get(0), at(MONDAY.plusDays(3))));
        assertTrue(refused.getMessage().contains("at most one session a day"), refused.getMessage());
    }

    @Test
    void movingTheSessionToTheNextWeekWouldLeaveOneAndIsRefused() {
        CourseRulesViolated refused = assertThrows(CourseRulesViolated.class,
                () -> course.checkMove(sessions.get(1), at(MONDAY.plusWeeks(1).plusDays(2))));
        assertTrue(refused.getMessage().contains("week 1 of the course would be left with 1 session"),
                refused.getMessage());
    }

    @Test
    void movingOutsideTheCoursesWeeksIsRefused() {
        CourseRulesViolated refused = assertThrows(CourseRulesViolated.class,
                () -> course.checkMove(sessions.get(7), at(MONDAY.plusWeeks(4))));
        assertTrue(refused.getMessage().contains("outside its weeks"), refused.getMessage());
    }

    @Test
    void cancelledSessionFreesItsDayForAnotherOfTheCourse() {
        sessions.get(1).cancel("ill", MONDAY.atStartOfDay());
        assertDoesNotThrow(() -> course.checkMove(sessions.get(0), at(MONDAY.plusDays(3))));
    }

    @Test
    void cancellingTheRestCancelsOnlyFutureBookedSessionsAndFlagsLateOnes() {
        LocalDate firstDay = sessions.get(0).getStart().toLocalDate();
        sessions.get(0).checkIn(firstDay);
        sessions.get(0).complete(firstDay);
        LocalDateTime now = sessions.get(1).getStart().minusHours(3);
        List<Appointment> cancelled = course.cancelRemaining("moved away", now);

        assertEquals(7, cancelled.size());
        assertEquals(CourseStatus.CANCELLED, course.getStatus());
        assertTrue(cancelled.get(0).isLateCancellation());
        assertFalse(cancelled.get(1).isLateCancellation());
        assertEquals(new CourseProgress(1, 0, 0, 7), course.progress());
        assertThrows(IllegalStateException.class, () -> course.cancelRemaining("again", now));
    }

    @Test
    void completingNeedsEverySessionDoneMissedOrCancelled() {
        assertThrows(IllegalStateException.class,
                () -> course.complete(CourseOutcome.NO_ADEQUATE_RELIEF, null, MONDAY.plusWeeks(4)));
        sessions.get(7).markNoShow();
        sessions.subList(0, 7).forEach(session -> session.complete(MONDAY.plusWeeks(4)));
        course.complete(CourseOutcome.NO_ADEQUATE_RELIEF, "pain unchanged", MONDAY.plusWeeks(4));

        assertEquals(CourseStatus.COMPLETED, course.getStatus());
        assertTrue(course.failedConservatively());
        assertFalse(course.needsReassessment());
        assertEquals(87, course.progress().percentDone());
    }

    @Test
    void completedCourseWithReliefIsNoFailureOfConservativeTherapy() {
        sessions.forEach(session -> session.complete(MONDAY.plusWeeks(4)));
        course.complete(CourseOutcome.ADEQUATE_RELIEF, null, MONDAY.plusWeeks(4));
        assertFalse(course.failedConservatively());
    }

    @Test
    void extensionStartsTheMondayAfterTheLastWeekAtTheSamePace() {
        CourseSpecification more = course.extension(2);
        assertEquals(MONDAY.plusWeeks(4), more.startDate());
        assertEquals(new CoursePattern(2, 4), more.pattern());
        assertEquals(berger.getId(), more.providerId());

        List<Appointment> added = course.extend(clinic.planner().plan(more, clinic.providers()));
        assertEquals(4, added.size());
        assertEquals(new CoursePattern(2, 12), course.getPattern());
        assertThrows(CourseRulesViolated.class, () -> course.extension(3));
    }

    @Test
    void weekOfTheCourseCountsCalendarWeeksFromTheStart() {
        assertEquals(0, course.weekOf(MONDAY.plusDays(6)));
        assertEquals(1, course.weekOf(MONDAY.plusDays(7)));
        assertEquals(-1, course.weekOf(MONDAY.minusDays(1)));
    }
}
