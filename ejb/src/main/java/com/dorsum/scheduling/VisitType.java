package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How long a visit of one kind is booked for, and its calendar colour. Configurable by ADMIN; defaults from the
 * migration (physiotherapy 45 min, chiropractic/osteopathy 30, massage 30 (R3: at least 30), acupuncture 45,
 * CBT 50, injection 30 (R7), review 20).
 */
@Entity
public class VisitType extends AuditedEntity {

    /** The longest a visit of any kind may last. */
    public static final int MAX_MINUTES = 240;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 20)
    private VisitKind kind;

    @Column(nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 7)
    private String colour;

    protected VisitType() {
    }

    public void changeDuration(int minutes) {
        if (minutes < 10 || minutes > MAX_MINUTES || minutes % TimeSlot.GRID_MINUTES != 0) {
            throw new IllegalArgumentException("a visit lasts 10 to " + MAX_MINUTES + " minutes, in five-minute steps");
        }
        if (kind == VisitKind.MASSAGE && minutes < 30) {
            throw new IllegalArgumentException("a deep-tissue massage session starts at 30 minutes (R3)");
        }
        durationMinutes = minutes;
    }

    public VisitKind getKind() {
        return kind;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getColour() {
        return colour;
    }
}
