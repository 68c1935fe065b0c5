package com.dorsum.referrals;

import com.dorsum.platform.InvalidInput;
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

    /** A requested step names its status and keeps its note within the trail's 500 characters. */
    static void checkTransition(Enum<?> to, String note) {
        if (to == null) {
            throw new InvalidInput("to", "The new status is required");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note", "Note must be at most 500 characters");
        }
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
