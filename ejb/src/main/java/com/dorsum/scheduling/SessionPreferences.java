package com.dorsum.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the patient would like their sessions: on some weekdays (none named: any), starting no earlier than
 * {@code earliest} and ending by {@code latest} (either may be open).
 */
@Embeddable
public class SessionPreferences {

    @Convert(converter = WeekdaysConverter.class)
    @Column(name = "preferred_days", length = 70)
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "earliest_start")
    private LocalTime earliest;

    @Column(name = "latest_end")
    private LocalTime latest;

    protected SessionPreferences() {
    }

    public SessionPreferences(Collection<DayOfWeek> days, LocalTime earliest, LocalTime latest) {
        if (earliest != null && latest != null && !earliest.isBefore(latest)) {
            throw new IllegalArgumentException("the earliest start must be before the latest end");
        }
        this.days = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        this.earliest = earliest;
        this.latest = latest;
    }

    public static SessionPreferences none() {
        return new SessionPreferences(null, null, null);
    }

    public boolean allows(DayOfWeek day) {
        return days == null || days.isEmpty() || days.contains(day);
    }

    public boolean hasAny() {
        return days != null && !days.isEmpty() || earliest != null || latest != null;
    }

    public Set<DayOfWeek> getDays() {
        return days == null || days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
    }

    public LocalTime getEarliest() {
        return earliest;
    }

    public LocalTime getLatest() {
        return latest;
    }
}
