package com.dorsum.scheduling;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.dorsum.scheduling.TestClinic.physiotherapy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoursePlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final TestClinic clinic = new TestClinic();
    private final Provider berger = clinic.physio("Jakob Berger");

    private static Map<Integer, Long> sessionsPerIsoWeek(CourseProposal proposal) {
        return proposal.sessions().stream().collect(Collectors.groupingBy(
                s -> s.slot().date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Collectors.counting()));
    }

    private static List<DayOfWeek> days(CourseProposal proposal) {
        return proposal.sessions().stream().map(s -> s.slot().date().getDayOfWeek()).toList();
    }

    @Test
    void courseOfTwoPerWeekForSixWeeksHasTwelveSessionsSpreadOverTheWeekAtOneTime() {
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 6, MONDAY), clinic.providers());

        assertTrue(proposal.complete(), proposal.problems().toString());
        assertEquals(12, proposal.sessions().size());
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), days(proposal).subList(0, 2));
        assertTrue(sessionsPerIsoWeek(proposal).values().stream().allMatch(n -> n == 2));
        assertEquals(1, proposal.sessions().stream().map(s -> s.slot().start().toLocalTime()).distinct().count());
        assertTrue(proposal.sessions().stream().allMatch(s -> s.providerId() == berger.getId()));
        assertEquals(45, proposal.first().slot().minutes());
    }

    @Test
    void threeSessionsAWeekAvoidBackToBackDays() {
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 3, 4, MONDAY), clinic.providers());

        assertEquals(12, proposal.sessions().size());
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), days(proposal).subList(0, 3));
        assertEquals(12, proposal.sessions().stream().map(s -> s.slot().date()).distinct().count());
    }

    @Test
    void weekStartingOnWednesdayCountsAsTheFirstCalendarWeek() {
        LocalDate wednesday = MONDAY.plusDays(2);
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, wednesday), clinic.providers());

        assertTrue(proposal.complete(), proposal.problems().toString());
        assertTrue(proposal.sessions().stream().noneMatch(s -> s.slot().date().isBefore(wednesday)));
        assertEquals(Map.of(50, 2L, 51, 2L, 52, 2L, 53, 2L), sessionsPerIsoWeek(proposal));
        assertEquals(MONDAY.plusWeeks(3).plusDays(6), CoursePlanner.lastDay(physiotherapy(berger, 2, 4, wednesday)));
    }

    @Test
    void courseStartingOnSaturdayCannotFillItsFirstWeekAndSuggestsTheNextMonday() {
        LocalDate saturday = MONDAY.plusDays(5);
        CourseSpecification spec = physiotherapy(berger, 2, 4, saturday);
        CourseProposal proposal = clinic.planner().plan(spec, clinic.providers());

        assertFalse(proposal.complete());
        WeekProblem first = proposal.problems().get(0);
        assertEquals(1, first.week());
        assertEquals(0, first.placed());
        assertTrue(first.reasons().contains("the course starts on " + saturday), first.reasons().toString());
        Alternative later = clinic.planner().alternatives(spec, clinic.providers()).stream()
                .filter(a -> a.kind() == Alternative.Kind.LATER_START).findFirst().orElseThrow();
        assertEquals(MONDAY.plusWeeks(1), later.specification().startDate());
        assertTrue(later.proposal().complete());
    }

    @Test
    void weekSpanningTheEndOfAMonthIsOneCalendarWeek() {
        LocalDate lastMondayOfNovember = LocalDate.of(2026, 11, 30);
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 3, 4, lastMondayOfNovember),
                clinic.providers());

        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4)),
                proposal.sessions().subList(0, 3).stream().map(s -> s.slot().date()).toList());
    }

    @Test
    void leapYearFebruaryEndsInsideAWeekWithoutLosingASession() {
        LocalDate monday = LocalDate.of(2028, 2, 28);
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 3, 4, monday), clinic.providers());

        assertTrue(proposal.complete(), proposal.problems().toString());
        assertEquals(List.of(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 3)),
                proposal.sessions().subList(0, 3).stream().map(s -> s.slot().date()).toList());
    }

    @Test
    void holidayMovesTheSessionToAnotherDayOfTheSameWeek() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        clinic.holiday(christmasEve);
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, MONDAY), clinic.providers());

        assertTrue(proposal.complete(), proposal.problems().toString());
        assertTrue(proposal.sessions().stream().noneMatch(s -> s.slot().date().equals(christmasEve)));
        assertTrue(sessionsPerIsoWeek(proposal).values().stream().allMatch(n -> n == 2));
    }

    @Test
    void weekFullOfHolidaysIsReportedWithTheHolidays() {
        for (int d = 0; d < 5; d++) {
            clinic.holiday(MONDAY.plusWeeks(2).plusDays(d));
        }
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, MONDAY), clinic.providers());

        assertEquals(1, proposal.problems().size());
        WeekProblem week = proposal.problems().get(0);
        assertEquals(3, week.week());
        assertEquals(MONDAY.plusWeeks(2), week.from());
        assertTrue(week.reasons().get(0).contains("closed for a holiday"), week.reasons().toString());
        assertEquals(6, proposal.sessions().size());
    }

    @Test
    void providerOnLeaveForAWeekIsReportedAndAnotherPhysiotherapistOffered() {
        Provider conrad = clinic.physio("Sofia Conrad");
        clinic.absent(berger, MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6));
        CourseSpecification spec = physiotherapy(berger, 2, 4, MONDAY);
        CourseProposal proposal = clinic.planner().plan(spec, clinic.providers());

        assertFalse(proposal.complete());
        WeekProblem week = proposal.problems().get(0);
        assertEquals(2, week.week());
        assertTrue(week.reasons().stream().allMatch(r -> r.contains("Jakob Berger is absent")), week.reasons().toString());
        List<Alternative> alternatives = clinic.planner().alternatives(spec, clinic.providers());
        Alternative other = alternatives.get(0);
        assertEquals(Alternative.Kind.OTHER_PROVIDER, other.kind());
        assertEquals(conrad.getId(), other.specification().providerId());
        assertTrue(other.description().startsWith("With Sofia Conrad"), other.description());
        assertTrue(alternatives.stream().anyMatch(a -> a.kind() == Alternative.Kind.LATER_START));
    }

    @Test
    void anyProviderOfTheDisciplineTakesTheFirstWhoFitsTheWholeCourse() {
        Provider conrad = clinic.physio("Sofia Conrad");
        clinic.absent(berger, MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6));
        CourseProposal proposal = clinic.planner().plan(physiotherapy(null, 2, 4, MONDAY), clinic.providers());

        assertTrue(proposal.complete());
        assertTrue(proposal.sessions().stream().allMatch(s -> s.providerId() == conrad.getId()));
    }

    @Test
    void anyProviderMixesProvidersWhenNoneFitsAlone() {
        Provider conrad = clinic.physio("Sofia Conrad");
        clinic.absent(berger, MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6))
                .absent(conrad, MONDAY.plusWeeks(2), MONDAY.plusWeeks(2).plusDays(6));
        CourseProposal proposal = clinic.planner().plan(physiotherapy(null, 2, 4, MONDAY), clinic.providers());

        assertTrue(proposal.complete(), proposal.problems().toString());
        assertEquals(Set.of(berger.getId(), conrad.getId()),
                proposal.sessions().stream().map(PlannedSession::providerId).collect(Collectors.toSet()));
        assertTrue(proposal.sessions().subList(0, 2).stream().allMatch(s -> s.providerId() == berger.getId()));
    }

    @Test
    void sessionsKeepTheTimeOfDayThatIsFreeOnMostDays() {
        clinic.providerBusy(berger, MONDAY, MONDAY.plusWeeks(4), LocalTime.of(8, 0), LocalTime.of(13, 0));
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, MONDAY), clinic.providers());

        assertTrue(proposal.complete());
        assertEquals(Set.of(LocalTime.of(13, 0)), proposal.sessions().stream()
                .map(s -> s.slot().start().toLocalTime()).collect(Collectors.toSet()));
    }

    @Test
    void patientsOwnAppointmentsAreNotDoubleBooked() {
        clinic.patientBusy(MONDAY.atTime(7, 30), MONDAY.atTime(19, 0));
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, MONDAY), clinic.providers());

        assertTrue(proposal.complete());
        assertTrue(proposal.sessions().stream().noneMatch(s -> s.slot().date().equals(MONDAY)));
    }

    @Test
    void dayWithoutAFreeRoomIsNotUsed() {
        for (int d = 0; d < 5; d++) {
            clinic.roomsBusy(MONDAY.plusDays(d).atTime(7, 30), MONDAY.plusDays(d).atTime(19, 0));
        }
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, MONDAY), clinic.providers());

        WeekProblem week = proposal.problems().get(0);
        assertEquals(1, week.week());
        assertTrue(week.reasons().get(0).endsWith("no room for physiotherapy is free"), week.reasons().toString());
    }

    @Test
    void preferredDaysAndHoursAreKept() {
        SessionPreferences wishes = new SessionPreferences(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(14, 0), LocalTime.of(16, 0));
        CourseProposal proposal = clinic.planner().plan(physiotherapy(berger, 2, 4, MONDAY).withPreferences(wishes),
                clinic.providers());

        assertTrue(proposal.complete());
        assertTrue(proposal.sessions().stream().allMatch(s -> wishes.allows(s.slot().date().getDayOfWeek())
                && !s.slot().start().toLocalTime().isBefore(LocalTime.of(14, 0))
                && !s.slot().end().toLocalTime().isAfter(LocalTime.of(16, 0))));
    }

    @Test
    void fullyBookedPreferredHoursOfferAnotherTimeOfDay() {
        clinic.providerBusy(berger, MONDAY, MONDAY.plusWeeks(4), LocalTime.of(8, 0), LocalTime.of(12, 0));
        CourseSpecification spec = physiotherapy(berger, 2, 4, MONDAY)
                .withPreferences(new SessionPreferences(null, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        CourseProposal proposal = clinic.planner().plan(spec, clinic.providers());

        assertEquals(4, proposal.problems().size());
        assertTrue(proposal.problems().get(0).reasons().contains("Mon 2026-12-07: Jakob Berger is fully booked"),
                proposal.problems().get(0).reasons().toString());
        assertTrue(proposal.problems().get(0).reasons().contains("only times from 08:00 ending by 12:00 were asked for"));
        Alternative otherTime = clinic.planner().alternatives(spec, clinic.providers()).get(0);
        assertEquals(Alternative.Kind.OTHER_TIME, otherTime.kind());
        assertEquals(LocalTime.of(12, 0), otherTime.proposal().first().slot().start().toLocalTime());
    }

    @Test
    void providerWhoWorksOnlyMondaysCannotGiveTwoSessionsAWeek() {
        Provider mondays = clinic.provider("Mona Tag", Discipline.PHYSIOTHERAPIST, EnumSet.of(DayOfWeek.MONDAY));
        CourseProposal proposal = clinic.planner().plan(physiotherapy(mondays, 2, 4, MONDAY), clinic.providers());

        assertEquals(4, proposal.problems().size());
        assertTrue(proposal.sessions().isEmpty());
        WeekProblem week = proposal.problems().get(0);
        assertEquals(1, week.placed());
        assertEquals(2, week.needed());
        assertTrue(week.reasons().contains("Tue 2026-12-08: Mona Tag does not work then"), week.reasons().toString());
    }

    @Test
    void nothingFitsWhenNoRoomSuitsTheTherapy() {
        CourseSpecification chiropractic = new CourseSpecification(TestClinic.PATIENT, VisitKind.CHIROPRACTIC, null,
                CourseRules.CHIROPRACTIC.pattern(null, null, 4), MONDAY, null);
        clinic.provider("Dr. Marc Dorn", Discipline.CHIROPRACTOR, EnumSet.of(DayOfWeek.MONDAY));
        CourseProposal proposal = clinic.planner(VisitKind.CHIROPRACTIC, 30).plan(chiropractic, clinic.providers());

        assertEquals(2, proposal.problems().size());
        assertEquals(List.of("no room is set up for chiropractic"), proposal.problems().get(0).reasons());
    }
}
