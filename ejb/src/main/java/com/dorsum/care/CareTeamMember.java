package com.dorsum.care;

import com.dorsum.people.Provider;
import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clinician's membership of a patient's care team (R19): their role, since when and who added them. It is never
 * deleted: the front desk or ADMIN end it (who, when), or it lapses by itself a configured number of days after the
 * clinician's last visit with the patient (or after joining, if there was none since), computed when asked, not
 * by a job.
 */
@Entity
public class CareTeamMember extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long patientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CareRole role;

    @Column(nullable = false, updatable = false)
    private Instant since;

    @Column(nullable = false, updatable = false, length = 80)
    private String addedBy;

    private Instant endedAt;

    @Column(length = 80)
    private String endedBy;

    protected CareTeamMember() {
    }

    public CareTeamMember(long patientId, Provider provider, CareRole role, String addedBy, Instant since) {
        if (provider == null || role == null || addedBy == null || since == null) {
            throw new IllegalArgumentException("a care team member needs a clinician, a role, who added them and when");
        }
        this.patientId = patientId;
        this.provider = provider;
        this.role = role;
        this.addedBy = addedBy;
        this.since = since;
    }

    /** The first day the membership no longer holds: lapse days after the later of joining and the last visit. */
    public LocalDate lapsesOn(LocalDate lastVisit, int lapseDays, ZoneId zone) {
        LocalDate joined = LocalDate.ofInstant(since, zone);
        LocalDate anchor = lastVisit != null && lastVisit.isAfter(joined) ? lastVisit : joined;
        return anchor.plusDays(lapseDays);
    }

    /** On the team that day: not ended, and not lapsed. */
    public boolean isActiveOn(LocalDate day, LocalDate lastVisit, int lapseDays, ZoneId zone) {
        return endedAt == null && day.isBefore(lapsesOn(lastVisit, lapseDays, zone));
    }

    public void end(String by, Instant at) {
        if (endedAt != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "CARE_TEAM_MEMBER_ENDED",
                    "This membership has already ended");
        }
        this.endedBy = by;
        this.endedAt = at;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public long getPatientId() {
        return patientId;
    }

    public Provider getProvider() {
        return provider;
    }

    public CareRole getRole() {
        return role;
    }

    public Instant getSince() {
        return since;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
