package com.dorsum.scheduling;

import com.dorsum.platform.InvalidInput;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the front desk fills in to book a course: the course wizard, the REST API and the service validate
 * against it. The pattern may be given as sessions per week and weeks, or as a number of sessions
 * ({@link CourseRules#pattern}); without a provider any provider of the therapy's discipline may give it.
 */
public class CourseRequest {

    @NotNull(message = "Patient is required")
    private Long patientId;

    @NotNull(message = "Therapy is required")
    private VisitKind therapy;

    private Long providerId;

    private Integer sessionsPerWeek;

    private Integer weeks;

    private Integer sessions;

    @NotNull(message = "Start date is required")
    private LocalDate startDate;

    private Set<DayOfWeek> preferredDays = EnumSet.noneOf(DayOfWeek.class);

    private LocalTime earliest;

    private LocalTime latest;

    /** The specification to plan; refuses a pattern against the therapy's rules (COURSE_RULES). */
    public CourseSpecification specification() {
        CoursePattern pattern = CourseRules.of(therapy).pattern(sessionsPerWeek, weeks, sessions);
        SessionPreferences wishes;
        try {
            wishes = new SessionPreferences(preferredDays, earliest, latest);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("latest", "The latest end must be after the earliest start");
        }
        return new CourseSpecification(patientId, therapy, providerId, pattern, startDate, wishes);
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public VisitKind getTherapy() {
        return therapy;
    }

    public void setTherapy(VisitKind therapy) {
        this.therapy = therapy;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public Integer getSessions() {
        return sessions;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Set<DayOfWeek> getPreferredDays() {
        return preferredDays;
    }

    public void setPreferredDays(Set<DayOfWeek> preferredDays) {
        this.preferredDays = preferredDays == null ? EnumSet.noneOf(DayOfWeek.class) : preferredDays;
    }

    public LocalTime getEarliest() {
        return earliest;
    }

    public void setEarliest(LocalTime earliest) {
        this.earliest = earliest;
    }

    public LocalTime getLatest() {
        return latest;
    }

    public void setLatest(LocalTime latest) {
        this.latest = latest;
    }
}
