package com.dorsum.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** A day the whole clinic is closed. */
@Entity
public class ClinicHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private LocalDate day;

    @Column(nullable = false, length = 80)
    private String name;

    protected ClinicHoliday() {
    }

    public ClinicHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
