package com.dorsum.scheduling;

import com.dorsum.people.Provider;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a visit may take place at a time at all, before anyone's calendar is looked at (R5): the time lies in the
 * {@link BookingWindow} (not past, not beyond the horizon), the clinic is open and not on holiday, the provider is active, of the visit's discipline, working then and not absent, and
 * the room is in use and suits the visit. Built once for a range of days, then asked about many slots, so the
 * course planner can try candidates without going back to the database.
 */
public final class BookingRules {

    private final Map<DayOfWeek, ClinicHours> clinicHours;
    private final Set<LocalDate> holidays;
    private final List<ProviderAbsence> absences;
    private final BookingWindow window;

    public BookingRules(Map<DayOfWeek, ClinicHours> clinicHours, Set<LocalDate> holidays,
                        Collection<ProviderAbsence> absences, BookingWindow window) {
        this.clinicHours = Map.copyOf(clinicHours);
        this.holidays = Set.copyOf(holidays);
        this.absences = List.copyOf(absences);
        this.window = window;
    }

    public BookingWindow window() {
        return window;
    }

    /** The clinic's hours on a day; empty when it is closed (no hours that weekday, or a holiday). */
    public Optional<ClinicHours> hoursOn(LocalDate day) {
        return holidays.contains(day) ? Optional.empty() : Optional.ofNullable(clinicHours.get(day.getDayOfWeek()));
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /** Why the visit cannot be at that time, or empty when it can. */
    public Optional<String> whyNot(Provider provider, Room room, VisitKind kind, TimeSlot slot) {
        LocalDate day = slot.date();
        ClinicHours open = clinicHours.get(day.getDayOfWeek());
        Optional<String> outside = window.whyNot(slot);
        if (outside.isPresent()) {
            return outside;
        }
        if (holidays.contains(day)) {
            return Optional.of("the clinic is closed for a holiday on " + day);
        }
        if (open == null || slot.start().toLocalTime().isBefore(open.getOpens())
                || slot.end().toLocalTime().isAfter(open.getCloses()) || !slot.end().toLocalDate().equals(day)) {
            return Optional.of("the clinic is not open then");
        }
        if (!provider.isActive()) {
            return Optional.of(provider.getName() + " no longer sees patients");
        }
        if (provider.getDiscipline() != kind.discipline()) {
            return Optional.of(provider.getName() + " does not provide " + kind.name().toLowerCase());
        }
        if (absences.stream().anyMatch(a -> a.getProviderId() == provider.getId() && a.covers(day))) {
            return Optional.of(provider.getName() + " is absent on " + day);
        }
        if (!provider.worksAt(day.getDayOfWeek(), slot.start().toLocalTime(), slot.end().toLocalTime())) {
            return Optional.of(provider.getName() + " does not work then");
        }
        if (!room.suits(kind)) {
            return Optional.of(room.getName() + " is not available for " + kind.name().toLowerCase());
        }
        return Optional.empty();
    }
}
