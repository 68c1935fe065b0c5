package com.dorsum.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a course is spread: so many sessions per calendar week, over so many weeks, so many sessions in all. A
 * weekly course (physiotherapy, R1) has exactly {@code sessionsPerWeek} in every week; a series (R2, R4) goes at
 * up to {@code sessionsPerWeek} a week, so its last week may hold fewer. {@link CourseRules} decides which
 * patterns a therapy allows.
 */
@Embeddable
public class CoursePattern {

    @Column(name = "sessions_per_week", nullable = false)
    private int sessionsPerWeek;

    @Column(nullable = false)
    private int weeks;

    @Column(name = "planned_sessions", nullable = false)
    private int sessions;

    protected CoursePattern() {
    }

    public CoursePattern(int sessionsPerWeek, int sessions) {
        if (sessionsPerWeek < 1 || sessions < 1) {
            throw new IllegalArgumentException("a course has at least one session, at least one a week");
        }
        this.sessionsPerWeek = sessionsPerWeek;
        this.sessions = sessions;
        this.weeks = (sessions + sessionsPerWeek - 1) / sessionsPerWeek;
    }

    /** How many sessions week {@code index} (from 0) holds. */
    public int sessionsInWeek(int index) {
        return Math.max(0, Math.min(sessionsPerWeek, sessions - sessionsPerWeek * index));
    }

    /** The same pace with {@code more} sessions added at the end. */
    public CoursePattern plus(int more) {
        return new CoursePattern(sessionsPerWeek, sessions + more);
    }

    public int getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public int getWeeks() {
        return weeks;
    }

    public int getSessions() {
        return sessions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoursePattern p && p.sessionsPerWeek == sessionsPerWeek && p.sessions == sessions;
    }

    @Override
    public int hashCode() {
        return 31 * sessionsPerWeek + sessions;
    }

    @Override
    public String toString() {
        return sessions + " sessions, " + sessionsPerWeek + " a week over " + weeks + " weeks";
    }
}
