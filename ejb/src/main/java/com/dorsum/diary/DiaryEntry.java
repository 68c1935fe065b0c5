package com.dorsum.diary;

import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One pain-diary entry of a patient (R18): the day, pain 0-10, where, what they did, medication taken, sleep,
 * stress and notes. Written, corrected and deleted by the patient only; the one clinical record that is really
 * deleted when the patient deletes it (a mistaken entry is theirs to remove).
 */
@Entity
public class DiaryEntry extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int pain;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private BodyLocation location;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private PainSide side;

    @Column(length = 200)
    private String activity;

    @Column(length = 200)
    private String medication;

    @Column(precision = 3, scale = 1)
    private BigDecimal sleepHours;

    private Integer stress;

    @Column(length = 2000)
    private String notes;

    protected DiaryEntry() {
    }

    /** A new entry; refused field by field while the input is not valid. */
    public static DiaryEntry write(long patientId, DiaryInput input, LocalDate today) {
        DiaryEntry entry = new DiaryEntry();
        entry.patientId = patientId;
        entry.rewrite(input, today);
        return entry;
    }

    /** Corrects the entry; refused field by field, leaving it as it was, while the input is not valid. */
    public void rewrite(DiaryInput input, LocalDate today) {
        List<Violation> violations = input.violations(today);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        date = input.getDate();
        pain = input.getPain();
        location = input.getLocation();
        side = input.getSide();
        activity = DiaryInput.trimmed(input.getActivity());
        medication = DiaryInput.trimmed(input.getMedication());
        sleepHours = input.getSleepHours();
        stress = input.getStress();
        notes = DiaryInput.trimmed(input.getNotes());
    }

    /** The entry as a form to correct it. */
    public DiaryInput toInput() {
        DiaryInput input = new DiaryInput();
        input.setDate(date);
        input.setPain(pain);
        input.setLocation(location);
        input.setSide(side);
        input.setActivity(activity);
        input.setMedication(medication);
        input.setSleepHours(sleepHours);
        input.setStress(stress);
        input.setNotes(notes);
        return input;
    }

    public PainPoint point() {
        return new PainPoint(date, pain);
    }

    /** Where, in words: "Lower back, left". */
    public String where() {
        if (location == null) {
            return "";
        }
        return location.label() + (side == null ? "" : ", " + side.label().toLowerCase());
    }

    public long getPatientId() {
        return patientId;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getPain() {
        return pain;
    }

    public BodyLocation getLocation() {
        return location;
    }

    public PainSide getSide() {
        return side;
    }

    public String getActivity() {
        return activity;
    }

    public String getMedication() {
        return medication;
    }

    public BigDecimal getSleepHours() {
        return sleepHours;
    }

    public Integer getStress() {
        return stress;
    }

    public String getNotes() {
        return notes;
    }
}
