package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.LocalDate;

/** Days a provider does not work despite their weekly hours: leave, sickness, training. Both ends inclusive. */
@Entity
public class ProviderAbsence extends AuditedEntity {

    @Column(nullable = false)
    private long providerId;

    @Column(nullable = false)
    private LocalDate firstDay;

    @Column(nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 120)
    private String reason;

    protected ProviderAbsence() {
    }

    public ProviderAbsence(long providerId, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("an absence needs a first day on or before its last day");
        }
        this.providerId = providerId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason == null || reason.isBlank() ? "absent" : reason.trim();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public long getProviderId() {
        return providerId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getReason() {
        return reason;
    }
}
