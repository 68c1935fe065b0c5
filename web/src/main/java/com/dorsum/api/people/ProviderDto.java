package com.dorsum.api.people;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import com.dorsum.people.WorkingHours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A provider as the API shows it, with weekly working hours. */
public record ProviderDto(long id, String name, Discipline discipline, boolean active, List<Hours> weeklyHours) {

    public record Hours(DayOfWeek day, LocalTime start, LocalTime end) {
        static Hours of(WorkingHours h) {
            return new Hours(h.getDayOfWeek(), h.getStartTime(), h.getEndTime());
        }
    }

    static ProviderDto of(Provider p) {
        return new ProviderDto(p.getId(), p.getName(), p.getDiscipline(), p.isActive(),
                p.getWeeklyHours().stream().map(Hours::of).toList());
    }
}
