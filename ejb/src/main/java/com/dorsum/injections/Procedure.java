package com.dorsum.injections;

import com.dorsum.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The record of a performed facet-joint injection (R7): fluoroscopy guidance, the anesthetic and corticosteroid
 * given, start and end (the procedure takes 20 to 30 minutes), who performed it, notes, and who recorded it when.
 */
@Embeddable
public class Procedure {

    public static final int MIN_MINUTES = 20;
    public static final int MAX_MINUTES = 30;

    @Column(name = "procedure_start")
    private LocalDateTime startedAt;

    @Column(name = "procedure_end")
    private LocalDateTime endedAt;

    @Column(name = "fluoroscopy")
    private Boolean fluoroscopy;

    @Column(length = 200)
    private String anesthetic;

    @Column(length = 200)
    private String corticosteroid;

    @Column(name = "performed_by")
    private Long performedBy;

    @Column(name = "procedure_notes", length = 2000)
    private String notes;

    @Column(name = "recorded_by", length = 80)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Procedure() {
    }

    /** The record must have passed validation; the duration is checked here (R7: 20-30 minutes). */
    public Procedure(ProcedureRecord record, String by, Instant at) {
        long minutes = Duration.between(record.getStart(), record.getEnd()).toMinutes();
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidInput("end", "A facet-joint injection takes " + MIN_MINUTES + " to " + MAX_MINUTES
                    + " minutes (R7); this record says " + minutes);
        }
        this.startedAt = record.getStart();
        this.endedAt = record.getEnd();
        this.fluoroscopy = record.isFluoroscopy();
        this.anesthetic = record.getAnesthetic().trim();
        this.corticosteroid = record.getCorticosteroid().trim();
        this.performedBy = record.getProviderId();
        this.notes = record.getNotes() == null || record.getNotes().isBlank() ? null : record.getNotes().trim();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long minutes() {
        return Duration.between(startedAt, endedAt).toMinutes();
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public boolean isFluoroscopy() {
        return Boolean.TRUE.equals(fluoroscopy);
    }

    public String getAnesthetic() {
        return anesthetic;
    }

    public String getCorticosteroid() {
        return corticosteroid;
    }

    public Long getPerformedBy() {
        return performedBy;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
