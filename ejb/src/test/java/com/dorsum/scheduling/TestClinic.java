package com.dorsum.scheduling;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import com.dorsum.people.WorkingHours;
import com.dorsum.platform.AuditedEntity;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small clinic for the unit tests, built step by step: open Monday to Friday 07:30-19:00 and Saturday mornings,
 * physiotherapists working weekdays 08:00-16:30, two gyms; holidays, absences and bookings added as a test needs.
 */
final class TestClinic {

    static final long PATIENT = 500;

    /** The moment the tests plan at, before every day they book, so the booking window admits them. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 7, 0);

    private long nextId = 1;
    private final Map<DayOfWeek, ClinicHours> hours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();
    private final List<ProviderAbsence> absences = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<Room> rooms = new ArrayList<>();
    private final Occupancy occupancy = new Occupancy();

    TestClinic() {
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, new ClinicHours(day, LocalTime.of(7, 30), LocalTime.of(19, 0)));
        }
        hours.put(DayOfWeek.SATURDAY, new ClinicHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(13, 0)));
        rooms.add(withId(new Room("Gym 1", false, EnumSet.of(VisitKind.PHYSIOTHERAPY))));
        rooms.add(withId(new Room("Gym 2", false, EnumSet.of(VisitKind.PHYSIOTHERAPY))));
    }

    Provider physio(String name) {
        return provider(name, Discipline.PHYSIOTHERAPIST, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    Provider provider(String name, Discipline discipline, Set<DayOfWeek> days) {
        Provider provider = withId(new Provider(name, discipline));
        provider.setWeeklyHours(days.stream()
                .map(d -> new WorkingHours(d, LocalTime.of(8, 0), LocalTime.of(16, 30))).toList());
        providers.add(provider);
        return provider;
    }

    TestClinic holiday(LocalDate day) {
        holidays.add(day);
        return this;
    }

    TestClinic absent(Provider provider, LocalDate first, LocalDate last) {
        absences.add(new ProviderAbsence(provider.getId(), first, last, "leave"));
        return this;
    }

    /** The provider is booked from {@code from} to {@code to} every weekday between the two dates. */
    TestClinic providerBusy(Provider provider, LocalDate first, LocalDate last, LocalTime from, LocalTime to) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            occupancy.provider(provider.getId(), new TimeSlot(day.atTime(from), day.atTime(to)));
        }
        return this;
    }

    TestClinic patientBusy(LocalDateTime from, LocalDateTime to) {
        occupancy.patient(PATIENT, new TimeSlot(from, to));
        return this;
    }

    TestClinic roomsBusy(LocalDateTime from, LocalDateTime to) {
        rooms.forEach(r -> occupancy.room(r.getId(), new TimeSlot(from, to)));
        return this;
    }

    CoursePlanner planner() {
        return planner(VisitKind.PHYSIOTHERAPY, 45);
    }

    /** A planner for one therapy, with the rooms that suit it. */
    CoursePlanner planner(VisitKind therapy, int minutes) {
        return new CoursePlanner(new BookingRules(hours, holidays, absences,
                new BookingWindow(NOW, BookingWindow.DEFAULT_HORIZON_DAYS)), occupancy,
                rooms.stream().filter(r -> r.suits(therapy)).toList(), minutes);
    }

    List<Provider> providers() {
        return List.copyOf(providers);
    }

    static CourseSpecification physiotherapy(Provider provider, int perWeek, int weeks, LocalDate start) {
        return new CourseSpecification(PATIENT, VisitKind.PHYSIOTHERAPY, provider == null ? null : provider.getId(),
                CourseRules.PHYSIOTHERAPY.pattern(perWeek, weeks, null), start, SessionPreferences.none());
    }

    /** Entities get their ids from the database; the unit tests give them one directly. */
    <T extends AuditedEntity> T withId(T entity) {
        return assignId(entity, nextId++);
    }

    static <T extends AuditedEntity> T assignId(T entity, long id) {
        try {
            Field field = AuditedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
