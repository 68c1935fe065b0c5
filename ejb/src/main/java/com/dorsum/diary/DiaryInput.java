package com.dorsum.diary;

import com.dorsum.platform.MultiLineText;
import com.dorsum.platform.Violation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A diary entry as the patient types it (R18), before it is checked. Forms and JSON fill it; it stays as typed when
 * {@link #violations(LocalDate)} refuses it, so the patient loses nothing and corrects only what is wrong.
 */
public class DiaryInput implements Serializable {

    static final int OLDEST_DAYS = 731;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 2000;

    private LocalDate date;
    private Integer pain;
    private BodyLocation location;
    private PainSide side;
    private String activity;
    private String medication;
    private BigDecimal sleepHours;
    private Integer stress;
    @MultiLineText
    private String notes;

    /** Everything wrong with the entry, field by field, in words the patient understands; empty when it is fine. */
    public List<Violation> violations(LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (date == null) {
            found.add(new Violation("date", "Enter the date of the entry"));
        } else if (date.isAfter(today)) {
            found.add(new Violation("date", "The date cannot be in the future"));
        } else if (date.isBefore(today.minusDays(OLDEST_DAYS))) {
            found.add(new Violation("date", "The date can be at most two years ago"));
        }
        if (pain == null) {
            found.add(new Violation("pain", "Rate your pain from 0 (none) to 10 (the worst imaginable)"));
        } else if (pain < 0 || pain > 10) {
            found.add(new Violation("pain", "Pain is rated from 0 to 10"));
        }
        if (stress != null && (stress < 0 || stress > 10)) {
            found.add(new Violation("stress", "Stress is rated from 0 to 10"));
        }
        if (sleepHours != null && (sleepHours.signum() < 0 || sleepHours.compareTo(BigDecimal.valueOf(24)) > 0)) {
            found.add(new Violation("sleepHours", "Sleep is between 0 and 24 hours"));
        } else if (sleepHours != null && sleepHours.stripTrailingZeros().scale() > 1) {
            found.add(new Violation("sleepHours", "Give sleep in hours with at most one decimal, e.g. 6.5"));
        }
        if (side != null && location == null) {
            found.add(new Violation("location", "Choose where the pain is before choosing the side"));
        }
        tooLong(found, "activity", activity, MAX_TEXT);
        tooLong(found, "medication", medication, MAX_TEXT);
        tooLong(found, "notes", notes, MAX_NOTES);
        return found;
    }

    private static void tooLong(List<Violation> found, String field, String text, int max) {
        if (text != null && text.trim().length() > max) {
            found.add(new Violation(field, "Keep " + field + " to at most " + max + " characters"
                    + " (now " + text.trim().length() + ")"));
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getPain() {
        return pain;
    }

    public void setPain(Integer pain) {
        this.pain = pain;
    }

    public BodyLocation getLocation() {
        return location;
    }

    public void setLocation(BodyLocation location) {
        this.location = location;
    }

    public PainSide getSide() {
        return side;
    }

    public void setSide(PainSide side) {
        this.side = side;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getMedication() {
        return medication;
    }

    public void setMedication(String medication) {
        this.medication = medication;
    }

    public BigDecimal getSleepHours() {
        return sleepHours;
    }

    public void setSleepHours(BigDecimal sleepHours) {
        this.sleepHours = sleepHours;
    }

    public Integer getStress() {
        return stress;
    }

    public void setStress(Integer stress) {
        this.stress = stress;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
