package com.dorsum.people;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderTest {

    private static WorkingHours monday(int from, int to) {
        return new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void providerWorksOnlyWithinTheirWeeklyHours() {
        Provider physio = new Provider("Jakob Berger", Discipline.PHYSIOTHERAPIST);
        physio.setWeeklyHours(List.of(monday(8, 12), monday(13, 17)));
        assertTrue(physio.worksAt(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 45)));
        assertFalse(physio.worksAt(DayOfWeek.MONDAY, LocalTime.of(11, 30), LocalTime.of(12, 15)));
        assertFalse(physio.worksAt(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(9, 45)));
    }

    @Test
    void overlappingWorkingHoursOnOneDayAreRefused() {
        Provider physio = new Provider("Jakob Berger", Discipline.PHYSIOTHERAPIST);
        assertThrows(IllegalArgumentException.class, () -> physio.setWeeklyHours(List.of(monday(8, 12), monday(11, 15))));
    }

    @Test
    void workingHoursMustEndAfterTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> monday(12, 8));
    }

    @Test
    void weeklyHoursAreReadAsStaffTypeThemAndWrittenBackTheSameWay() {
        List<WorkingHours> week = WorkingHours.parseWeek("Mon 08:00-12:00, monday 13:00-17:00,Sat 08:00-12:30");
        assertEquals(List.of(monday(8, 12), monday(13, 17),
                new WorkingHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 30))), week);
        assertEquals("Mon 08:00-12:00, Mon 13:00-17:00, Sat 08:00-12:30", WorkingHours.formatWeek(week));
    }

    @Test
    void anEmptyWeekMeansNoWorkingHours() {
        assertTrue(WorkingHours.parseWeek("  ").isEmpty());
    }

    @Test
    void unreadableWeeklyHoursNameTheBlockAtFault() {
        IllegalArgumentException noRange = assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parseWeek("Mon 08:00-12:00, Tue 9"));
        assertTrue(noRange.getMessage().contains("Tue 9"), noRange.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parseWeek("Funday 08:00-12:00"));
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parseWeek("Mo 08:00-12:00"));
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parseWeek("Mon 8h-12h"));
    }
}
