package com.dorsum.injections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** What the performing clinician records after a facet-joint injection (R7); screens and API validate against it. */
public class ProcedureRecord {

    @NotEmpty(message = "At least one spinal level is required")
    private Set<SpinalLevel> levels = EnumSet.noneOf(SpinalLevel.class);

    @NotNull(message = "Side is required (LEFT, RIGHT or BILATERAL)")
    private Side side;

    private boolean fluoroscopy = true;

    @NotBlank(message = "The anesthetic given is required")
    @Size(max = 200, message = "Anesthetic must be at most 200 characters")
    private String anesthetic;

    @NotBlank(message = "The corticosteroid given is required")
    @Size(max = 200, message = "Corticosteroid must be at most 200 characters")
    private String corticosteroid;

    @NotNull(message = "Start is required")
    private LocalDateTime start;

    @NotNull(message = "End is required")
    private LocalDateTime end;

    @NotNull(message = "The performing clinician is required")
    private Long providerId;

    @Size(max = 2000, message = "Notes must be at most 2000 characters")
    private String notes;

    public Set<SpinalLevel> getLevels() {
        return levels;
    }

    public void setLevels(Set<SpinalLevel> levels) {
        this.levels = levels == null || levels.isEmpty() ? EnumSet.noneOf(SpinalLevel.class) : EnumSet.copyOf(levels);
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public boolean isFluoroscopy() {
        return fluoroscopy;
    }

    public void setFluoroscopy(boolean fluoroscopy) {
        this.fluoroscopy = fluoroscopy;
    }

    public String getAnesthetic() {
        return anesthetic;
    }

    public void setAnesthetic(String anesthetic) {
        this.anesthetic = anesthetic;
    }

    public String getCorticosteroid() {
        return corticosteroid;
    }

    public void setCorticosteroid(String corticosteroid) {
        this.corticosteroid = corticosteroid;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
