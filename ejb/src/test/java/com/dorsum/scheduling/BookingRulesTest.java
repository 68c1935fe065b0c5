package com.dorsum.scheduling;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import com.dorsum.people.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final Provider physio = physio();
    private final Room gym = new Room("Gym 1", false, EnumSet.of(VisitKind.PHYSIOTHERAPY));

    private static Provider physio() {
        Provider p = new Provider("Jakob Berger", Discipline.PHYSIOTHERAPIST);
        p.setWeeklyHours(List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))));
        return p;
    }

    private static BookingRules rules(Set<LocalDate> holidays) {
        return new BookingRules(Map.of(DayOfWeek.MONDAY, new ClinicHours(DayOfWeek.MONDAY, LocalTime.of(7, 30),
                LocalTime.of(19, 0))), holidays, List.of(),
                new BookingWindow(TestClinic.NOW, BookingWindow.DEFAULT_HORIZON_DAYS));
    }

    private static TimeSlot at(LocalDate day, int hour, int minute) {
        return TimeSlot.of(day.atTime(hour, minute), 45);
    }

    @Test
    void physiotherapyWithinHoursInASuitableRoomIsAllowed() {
        assertTrue(rules(Set.of()).whyNot(physio, gym, VisitKind.PHYSIOTHERAPY, at(MONDAY, 9, 0)).isEmpty());
    }

    @Test
    void visitEndingAfterTheProvidersHoursIsRefused() {
        assertEquals("Jakob Berger does not work then",
                rules(Set.of()).whyNot(physio, gym, VisitKind.PHYSIOTHERAPY, at(MONDAY, 15, 30)).orElseThrow());
    }

    @Test
    void holidayClosesTheClinic() {
        assertTrue(rules(Set.of(MONDAY)).whyNot(physio, gym, VisitKind.PHYSIOTHERAPY, at(MONDAY, 9, 0))
                .orElseThrow().contains("holiday"));
    }

    @Test
    void dayWithoutOpeningHoursIsClosed() {
        assertEquals("the clinic is not open then", rules(Set.of())
                .whyNot(physio, gym, VisitKind.PHYSIOTHERAPY, at(MONDAY.plusDays(1), 9, 0)).orElseThrow());
    }

    @Test
    void providerOfAnotherDisciplineIsRefused() {
        assertTrue(rules(Set.of()).whyNot(physio, gym, VisitKind.CHIROPRACTIC, TimeSlot.of(MONDAY.atTime(9, 0), 30))
                .orElseThrow().contains("does not provide"));
    }

    @Test
    void roomThatDoesNotSuitTheVisitIsRefused() {
        Room consulting = new Room("Consulting", false, EnumSet.of(VisitKind.CBT));
        assertTrue(rules(Set.of()).whyNot(physio, consulting, VisitKind.PHYSIOTHERAPY, at(MONDAY, 9, 0))
                .orElseThrow().contains("not available"));
    }

    @Test
    void injectionRoomNeedsFluoroscopy() {
        assertThrows(IllegalArgumentException.class,
                () -> new Room("Treatment", false, EnumSet.of(VisitKind.INJECTION)));
    }

    @Test
    void appointmentsStartOnTheFiveMinuteGrid() {
        assertThrows(IllegalArgumentException.class, () -> TimeSlot.of(MONDAY.atTime(9, 2), 45));
        assertEquals(9, TimeSlot.of(MONDAY.atTime(9, 0), 45).gridSteps().size());
    }
}
