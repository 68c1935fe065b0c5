package com.dorsum.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One step of a referral's or an order's status trail: which status, when, by whom, with an optional note. */
@Embeddable
public class StatusStep {

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(length = 500)
    private String note;

    protected StatusStep() {
    }

    StatusStep(Enum<?> status, Instant occurredAt, String username, String note) {
        this.status = status.name();
        this.occurredAt = occurredAt;
        this.username = username;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public String getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getNote() {
        return note;
    }
}
