package com.dorsum.people;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clinician who treats patients: one discipline, weekly working hours, and an active flag (a provider who has
 * left stays in the records but is no longer booked). Working hour blocks never overlap on the same day.
 */
@Entity
public class Provider extends AuditedEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Discipline discipline;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "provider_working_hours", joinColumns = @JoinColumn(name = "provider_id"))
    private List<WorkingHours> weeklyHours = new ArrayList<>();

    protected Provider() {
    }

    public Provider(String name, Discipline discipline) {
        rename(name);
        if (discipline == null) {
            throw new IllegalArgumentException("a provider needs a discipline");
        }
        this.discipline = discipline;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        this.name = newName.trim();
    }

    /** Replaces the weekly hours; refuses blocks that overlap on the same day. */
    public void setWeeklyHours(List<WorkingHours> hours) {
        List<WorkingHours> sorted = hours.stream()
                .sorted(Comparator.comparing(WorkingHours::getDayOfWeek).thenComparing(WorkingHours::getStartTime))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            WorkingHours before = sorted.get(i - 1);
            WorkingHours after = sorted.get(i);
            if (before.getDayOfWeek() == after.getDayOfWeek() && after.getStartTime().isBefore(before.getEndTime())) {
                throw new IllegalArgumentException("working hours overlap: " + before + " and " + after);
            }
        }
        weeklyHours.clear();
        weeklyHours.addAll(sorted);
    }

    public boolean worksAt(DayOfWeek day, LocalTime from, LocalTime to) {
        return weeklyHours.stream().anyMatch(h -> h.covers(day, from, to));
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public String getName() {
        return name;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public boolean isActive() {
        return active;
    }

    public List<WorkingHours> getWeeklyHours() {
        return List.copyOf(weeklyHours);
    }
}
