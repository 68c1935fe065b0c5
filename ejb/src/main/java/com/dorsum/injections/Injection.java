package com.dorsum.injections;

import com.dorsum.people.Patient;
import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One facet-joint injection of one patient. Booked for a level and side with a pain physician (its appointment of
 * kind INJECTION holds the time in the shared calendar and follows it), then either performed, with its
 * {@link Procedure} recorded (R7), or cancelled with a reason. A performed injection gets its aftercare
 * {@link FollowUp} (R8). Whether a booking, move or recording is allowed at all is the patient's
 * {@link InjectionHistory}'s decision (R6). Never deleted.
 */
@Entity
public class Injection extends AuditedEntity {

    /**
     * Relief usually begins on day 2 or 3, and pain may be worse until then (R8). Counting the day of the injection
     * as day 0, the follow-up check is due once day 3 is over: from day 4.
     */
    public static final int FOLLOW_UP_DUE_ON_DAY = 4;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    /** For lists across patients, fetched where they need it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", insertable = false, updatable = false)
    private Patient patient;

    private Long appointmentId;

    @Column(nullable = false)
    private long providerId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "injection_level", joinColumns = @JoinColumn(name = "injection_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 8)
    private Set<SpinalLevel> levels = EnumSet.noneOf(SpinalLevel.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InjectionStatus status;

    @Column(length = 300)
    private String cancelReason;

    @Embedded
    private Procedure procedure;

    @Embedded
    private FollowUp followUp;

    protected Injection() {
    }

    /** A booking waiting for its calendar slot ({@link #placedIn}), for one level and side with a provider. */
    public Injection(long patientId, long providerId, LocalDateTime start, SpinalLevel level, Side side) {
        this.patientId = patientId;
        this.providerId = providerId;
        this.start = start;
        this.levels.add(level);
        this.side = side;
        this.status = InjectionStatus.BOOKED;
    }

    /** Whether it counts against the limit (R6): performed and booked ones do, cancelled ones do not. */
    public boolean counts() {
        return status != InjectionStatus.CANCELLED;
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    /** The day the aftercare check falls due (day {@value #FOLLOW_UP_DUE_ON_DAY}, the injection being day 0). */
    public LocalDate followUpDueOn() {
        return date().plusDays(FOLLOW_UP_DUE_ON_DAY);
    }

    /** Injections performed before this moment have their follow-up due on {@code today} or earlier. */
    public static LocalDateTime followUpDueIfPerformedBefore(LocalDate today) {
        return today.minusDays(FOLLOW_UP_DUE_ON_DAY - 1L).atStartOfDay();
    }

    public boolean isAwaitingSlot() {
        return status == InjectionStatus.BOOKED && appointmentId == null;
    }

    void placedIn(long appointmentId) {
        this.appointmentId = appointmentId;
    }

    void moveTo(LocalDateTime newStart) {
        requireBooked("moved");
        start = newStart;
    }

    void cancel(String reason) {
        requireBooked("cancelled");
        status = InjectionStatus.CANCELLED;
        cancelReason = reason;
    }

    /** Records the procedure on the day it was booked; the levels and side are the ones actually injected. */
    void perform(Procedure done, Set<SpinalLevel> levelsDone, Side sideDone) {
        requireBooked("recorded as performed");
        if (!done.getStartedAt().toLocalDate().equals(date())) {
            throw new InvalidInput("start", "The procedure is recorded on the day it was booked (" + date()
                    + "); move the booking first if it took place on another day");
        }
        procedure = done;
        start = done.getStartedAt();
        levels.clear();
        levels.addAll(levelsDone);
        side = sideDone;
        status = InjectionStatus.PERFORMED;
    }

    void checkFollowUp(FollowUp check) {
        if (status != InjectionStatus.PERFORMED) {
            throw new InvalidInput("injection", "A follow-up is recorded after the injection was performed");
        }
        if (followUp != null) {
            throw new InvalidInput("injection", "The follow-up of this injection was recorded on "
                    + followUp.getCheckedOn());
        }
        if (check.getCheckedOn().isBefore(date())) {
            throw new InvalidInput("checkedOn", "The check cannot be before the injection (" + date() + ")");
        }
        followUp = check;
    }

    private void requireBooked(String what) {
        if (status != InjectionStatus.BOOKED) {
            throw new InvalidInput("injection", "A " + status.name().toLowerCase() + " injection cannot be " + what);
        }
    }

    public long getPatientId() {
        return patientId;
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public long getProviderId() {
        return providerId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    /** As a referral letter lists it: "2026-10-01 L4-L5, left: performed, good relief". */
    public String summary() {
        String outcome = status == InjectionStatus.PERFORMED ? "performed" : "booked";
        if (followUp != null) {
            outcome += ", " + followUp.getRelief().label().toLowerCase(Locale.ROOT);
        }
        return date() + " " + levelLabels() + ", " + side.name().toLowerCase(Locale.ROOT) + ": " + outcome;
    }

    /** The levels as clinicians write them, from the neck down: {@code L4-L5, L5-S1}. */
    public String levelLabels() {
        return String.join(", ", levels.stream().sorted().map(SpinalLevel::label).toList());
    }

    /** The levels in order from the neck down. */
    public Set<SpinalLevel> getLevels() {
        return levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels);
    }

    public Side getSide() {
        return side;
    }

    public InjectionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }
}
