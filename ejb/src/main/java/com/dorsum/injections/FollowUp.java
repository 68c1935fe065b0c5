package com.dorsum.injections;

import com.dorsum.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** The aftercare check after an injection (R8): when, the relief the patient reports, pain now, notes, by whom. */
@Embeddable
public class FollowUp {

    @Column(name = "follow_up_on")
    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "relief", length = 10)
    private Relief relief;

    @Column(name = "pain_score")
    private Integer painScore;

    @Column(name = "follow_up_notes", length = 2000)
    private String notes;

    @Column(name = "follow_up_by", length = 80)
    private String checkedBy;

    protected FollowUp() {
    }

    public FollowUp(LocalDate checkedOn, Relief relief, Integer painScore, String notes, String by) {
        if (checkedOn == null) {
            throw new InvalidInput("checkedOn", "The day of the check is required");
        }
        if (relief == null) {
            throw new InvalidInput("relief", "The relief reported is required (NONE, SLIGHT, MODERATE or GOOD)");
        }
        if (painScore != null && (painScore < 0 || painScore > 10)) {
            throw new InvalidInput("painScore", "Pain is scored from 0 to 10");
        }
        if (notes != null && notes.length() > 2000) {
            throw new InvalidInput("notes", "Notes must be at most 2000 characters");
        }
        this.checkedOn = checkedOn;
        this.relief = relief;
        this.painScore = painScore;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        this.checkedBy = by;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public Relief getRelief() {
        return relief;
    }

    public Integer getPainScore() {
        return painScore;
    }

    public String getNotes() {
        return notes;
    }

    public String getCheckedBy() {
        return checkedBy;
    }
}
