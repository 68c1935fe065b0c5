package com.dorsum.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Medication guidance in a plan: one medicine from a first to a last day, with the dose in the clinician's words.
 * An NSAID given for more than 14 days carries the clinician's written reason (R14, checked by {@link NsaidRules}).
 * Mutable so that forms and JSON can fill it; a published plan keeps its own copies.
 */
@Embeddable
public class MedicationItem implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Medicine medicine;

    @Column(length = 120)
    private String dose;

    @Column(nullable = false)
    private LocalDate firstDay;

    @Column(nullable = false)
    private LocalDate lastDay;

    @Column(length = 500)
    private String reason;

    public MedicationItem() {
    }

    public MedicationItem(Medicine medicine, String dose, LocalDate firstDay, LocalDate lastDay, String reason) {
        this.medicine = medicine;
        this.dose = dose;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    MedicationItem copy() {
        return new MedicationItem(medicine, trimmed(dose), firstDay, lastDay, trimmed(reason));
    }

    /** Days taken, first and last included; 0 while the dates are incomplete or reversed. */
    /** As a referral letter lists it: "Ibuprofen, 400 mg three times a day, 2026-11-01 to 2026-11-14". */
    public String summary() {
        return medicine.label() + (dose == null ? "" : ", " + dose) + ", " + firstDay + " to " + lastDay
                + (reason == null ? "" : " (" + reason + ")");
    }

    public long days() {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    public boolean isNsaid() {
        return medicine != null && medicine.isNsaid();
    }

    /** Whether both items are taken on at least one common day. */
    public boolean overlaps(MedicationItem other) {
        return days() > 0 && other.days() > 0
                && !firstDay.isAfter(other.lastDay) && !other.firstDay.isAfter(lastDay);
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Medicine getMedicine() {
        return medicine;
    }

    public void setMedicine(Medicine medicine) {
        this.medicine = medicine;
    }

    public String getDose() {
        return dose;
    }

    public void setDose(String dose) {
        this.dose = dose;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
