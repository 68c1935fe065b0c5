package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A course of one therapy for one patient (R1-R4): sessions booked together and changed as a whole. It is booked
 * with every session or none; its sessions are appointments that move ({@link #checkMove}: at most one a day, the
 * weekly limits of {@link CourseRules} for the weeks involved) or are cancelled one by one; it may be extended
 * within the rule's limits, ended early (the rest cancelled), or completed with an outcome once no session is
 * still booked. A completed course without adequate relief is what the surgery gate (R11) asks for; a completed
 * chiropractic or osteopathic series asks for a reassessment (R2).
 */
@Entity
public class Course extends AuditedEntity {

    @Column(nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitKind therapy;

    /** The provider the course was booked with (sessions may have others when "any provider" was asked). */
    @Column(nullable = false)
    private long providerId;

    @Embedded
    private CoursePattern pattern;

    @Column(nullable = false)
    private LocalDate startDate;

    @Embedded
    private SessionPreferences preferences;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CourseStatus status = CourseStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CourseOutcome outcome;

    @Column(length = 500)
    private String outcomeNote;

    private LocalDate endedOn;

    @Column(length = 300)
    private String endReason;

    // The sessions' course_id is written through Appointment.courseId; this side only reads it.
    @OneToMany
    @JoinColumn(name = "course_id", insertable = false, updatable = false)
    @OrderBy("start")
    private List<Appointment> sessions = new ArrayList<>();

    protected Course() {
    }

    /** A course as proposed; its sessions come with {@link #schedule} once it has an id. */
    public Course(CourseProposal proposal) {
        if (!proposal.complete()) {
            throw new IllegalArgumentException("only a proposal that fills every week can be booked");
        }
        CourseSpecification spec = proposal.specification();
        this.patientId = spec.patientId();
        this.therapy = spec.therapy();
        this.providerId = spec.providerId() != null ? spec.providerId() : proposal.first().providerId();
        this.pattern = spec.pattern();
        this.startDate = spec.startDate();
        this.preferences = spec.preferences();
    }

    /** Makes the planned sessions the course's own appointments; the caller stores and claims them. */
    public List<Appointment> schedule(List<PlannedSession> planned) {
        if (getId() == null) {
            throw new IllegalStateException("a course is stored before its sessions");
        }
        List<Appointment> added = planned.stream()
                .map(p -> new Appointment(patientId, p, therapy, getId())).toList();
        sessions.addAll(added);
        return added;
    }

    /**
     * Refuses moving a session to another time when that breaks the course's rules (R1/R2): a second session on
     * one day, a week of the course going above its weekly maximum or (weekly courses) below its minimum, or a
     * weekly course's session leaving the course's weeks. Whether the time itself is free is the calendar's
     * question (R5).
     */
    public void checkMove(Appointment session, TimeSlot to) {
        requireActive();
        CourseRules rules = CourseRules.of(therapy);
        boolean dayTaken = sessions.stream().anyMatch(s -> s != session && s.getStatus() != AppointmentStatus.CANCELLED
                && s.getStart().toLocalDate().equals(to.date()));
        if (dayTaken) {
            throw refuse("The course already has a session on " + to.date() + " (" + rules.rule()
                    + ": at most one session a day)");
        }
        int toWeek = weekOf(to.date());
        if (toWeek < 0 || rules.isWeekly() && toWeek >= pattern.getWeeks()) {
            throw refuse("The course runs from " + firstMonday() + " to " + firstMonday().plusWeeks(pattern.getWeeks())
                    .minusDays(1) + "; " + to.date() + " is outside its weeks (" + rules.rule() + ")");
        }
        int fromWeek = weekOf(session.getStart().toLocalDate());
        rules.whyNotMove(fromWeek, heldInWeek(fromWeek), toWeek, heldInWeek(toWeek)).ifPresent(reason -> {
            throw refuse("Cannot move the session: " + reason);
        });
    }

    /** Ends the course early: every session still booked after {@code now} is cancelled; returns them. */
    public List<Appointment> cancelRemaining(String reason, LocalDateTime now) {
        requireActive();
        List<Appointment> cancelled = sessions.stream()
                .filter(s -> s.getStatus() == AppointmentStatus.BOOKED && s.getStart().isAfter(now)).toList();
        cancelled.forEach(s -> s.cancel(reason, now));
        status = CourseStatus.CANCELLED;
        endReason = reason;
        endedOn = now.toLocalDate();
        return cancelled;
    }

    /**
     * What to plan to extend the course by {@code more} weeks (a weekly course) or sessions (a series) within
     * its rule: the extra sessions at the same pace, with the same provider and wishes, from the Monday after
     * the course's last week.
     */
    public CourseSpecification extension(int more) {
        requireActive();
        CoursePattern longer = CourseRules.of(therapy).extended(pattern, more);
        CoursePattern extra = new CoursePattern(pattern.getSessionsPerWeek(), longer.getSessions() - pattern.getSessions());
        return new CourseSpecification(patientId, therapy, providerId, extra,
                firstMonday().plusWeeks(pattern.getWeeks()), preferences);
    }

    /** Adds the planned extension (see {@link #extension}); the caller stores and claims the new sessions. */
    public List<Appointment> extend(CourseProposal extension) {
        requireActive();
        CourseRules rules = CourseRules.of(therapy);
        int more = rules.isWeekly() ? extension.specification().pattern().getWeeks()
                : extension.specification().pattern().getSessions();
        pattern = rules.extended(pattern, more);
        return schedule(extension.sessions());
    }

    /** Completes the course with the clinician's verdict; no session may still be booked. */
    public void complete(CourseOutcome verdict, String note, LocalDate today) {
        requireActive();
        if (verdict == null) {
            throw new IllegalArgumentException("record whether the course brought adequate relief");
        }
        long open = sessions.stream().filter(Appointment::isActive).count();
        if (open > 0) {
            throw new IllegalStateException(open + " session" + (open == 1 ? " is" : "s are")
                    + " still booked: record them as done or missed, or cancel the rest of the course first");
        }
        if (sessions.stream().noneMatch(s -> s.getStatus() == AppointmentStatus.DONE)) {
            throw new IllegalStateException("no session of the course took place: cancel it instead");
        }
        status = CourseStatus.COMPLETED;
        outcome = verdict;
        outcomeNote = note == null || note.isBlank() ? null : note.trim();
        endedOn = today;
    }

    public CourseProgress progress() {
        int done = 0;
        int upcoming = 0;
        int missed = 0;
        int cancelled = 0;
        for (Appointment s : sessions) {
            switch (s.getStatus()) {
                case DONE -> done++;
                case BOOKED, CHECKED_IN -> upcoming++;
                case NO_SHOW -> missed++;
                case CANCELLED -> cancelled++;
            }
        }
        return new CourseProgress(done, upcoming, missed, cancelled);
    }

    /** R2: a completed chiropractic or osteopathic series asks for a reassessment. */
    public boolean needsReassessment() {
        return status == CourseStatus.COMPLETED
                && (therapy == VisitKind.CHIROPRACTIC || therapy == VisitKind.OSTEOPATHY);
    }

    /** A completed course of R1/R2 therapy that did not bring adequate relief (R11). */
    public boolean failedConservatively() {
        return status == CourseStatus.COMPLETED && outcome == CourseOutcome.NO_ADEQUATE_RELIEF
                && (therapy == VisitKind.PHYSIOTHERAPY || therapy == VisitKind.CHIROPRACTIC
                || therapy == VisitKind.OSTEOPATHY);
    }

    /** The week of the course a day falls in, from 0 (the calendar week of the start date). */
    public int weekOf(LocalDate day) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday(), day), 7);
    }

    private LocalDate firstMonday() {
        return startDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private int heldInWeek(int week) {
        return (int) sessions.stream().filter(s -> s.getStatus() != AppointmentStatus.CANCELLED
                && weekOf(s.getStart().toLocalDate()) == week).count();
    }

    private void requireActive() {
        if (status != CourseStatus.ACTIVE) {
            throw new IllegalStateException("the course is " + status.name().toLowerCase() + " and cannot change");
        }
    }

    private CourseRulesViolated refuse(String detail) {
        return new CourseRulesViolated(detail, Map.of("rule", CourseRules.of(therapy).rule()));
    }

    public long getPatientId() {
        return patientId;
    }

    public VisitKind getTherapy() {
        return therapy;
    }

    public long getProviderId() {
        return providerId;
    }

    public CoursePattern getPattern() {
        return pattern;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public SessionPreferences getPreferences() {
        return preferences == null ? SessionPreferences.none() : preferences;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public CourseOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public List<Appointment> getSessions() {
        return List.copyOf(sessions);
    }
}
