package com.dorsum.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A correction or addition to a signed note (R24): why, what, who and when; never changed once written. */
@Embeddable
public class Addendum {

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(nullable = false)
    private Instant writtenAt;

    protected Addendum() {
    }

    Addendum(String reason, String text, String author, Instant writtenAt) {
        this.reason = reason;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    public String getReason() {
        return reason;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
