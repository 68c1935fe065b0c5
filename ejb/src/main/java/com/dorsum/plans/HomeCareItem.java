package com.dorsum.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something the patient does at home, from a {@link HomeCareTemplate} (R16, R17), from a first day to an optional
 * last day, with an optional note of the clinician's. Mutable for forms and JSON; a published plan keeps copies.
 */
@Embeddable
public class HomeCareItem implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HomeCareTemplate template;

    @Column(nullable = false)
    private LocalDate firstDay;

    private LocalDate lastDay;

    @Column(length = 500)
    private String note;

    public HomeCareItem() {
    }

    public HomeCareItem(HomeCareTemplate template, LocalDate firstDay, LocalDate lastDay, String note) {
        this.template = template;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
    }

    /** A stored copy; a template with a default length (ice) ends after it when no last day was given. */
    HomeCareItem copy() {
        LocalDate end = lastDay;
        if (end == null && template.defaultDays() != null) {
            end = firstDay.plusDays(template.defaultDays() - 1L);
        }
        return new HomeCareItem(template, firstDay, end, MedicationItem.trimmed(note));
    }

    public boolean isDueOn(LocalDate day) {
        return firstDay != null && !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }

    public HomeCareTemplate getTemplate() {
        return template;
    }

    public void setTemplate(HomeCareTemplate template) {
        this.template = template;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
