package com.dorsum.plans;

import com.dorsum.platform.Violation;
import com.dorsum.scheduling.CourseRules;
import com.dorsum.scheduling.CourseRulesViolated;
import com.dorsum.scheduling.Visit;
import com.dorsum.scheduling.VisitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.List;

/**
 * A course the plan arranges (booking it is the courses capability's business): the therapy and either sessions per
 * week for a number of weeks, or a number of sessions. R1: physiotherapy 2-3 sessions a week for 4-8 weeks. R2:
 * chiropractic and osteopathic series of 3-5 treatments, followed by a reassessment. R3/R4: massage, acupuncture and
 * CBT as series of sessions. Injections and reviews are single visits, not courses.
 */
@Embeddable
public class CourseItem implements Serializable {


    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitKind therapy;

    private Integer sessionsPerWeek;

    private Integer weeks;

    private Integer sessions;

    public CourseItem() {
    }

    public CourseItem(VisitKind therapy, Integer sessionsPerWeek, Integer weeks, Integer sessions) {
        this.therapy = therapy;
        this.sessionsPerWeek = sessionsPerWeek;
        this.weeks = weeks;
        this.sessions = sessions;
    }

    CourseItem copy() {
        return therapy == VisitKind.PHYSIOTHERAPY
                ? new CourseItem(therapy, sessionsPerWeek, weeks, sessionsPerWeek * weeks)
                : new CourseItem(therapy, sessionsPerWeek, null, sessions);
    }

    /**
     * What is wrong with this course item, fields named under {@code prefix}: the same course rules (R1-R4) that
     * booking the course applies, so a plan never promises a course the front desk cannot book.
     */
    public List<Violation> violations(String prefix) {
        CourseRules rules;
        try {
            rules = CourseRules.of(therapy);
        } catch (CourseRulesViolated refused) {
            return List.of(new Violation(prefix + ".therapy", refused.getMessage()));
        }
        try {
            rules.pattern(sessionsPerWeek, weeks, sessions);
            return List.of();
        } catch (CourseRulesViolated refused) {
            return List.of(new Violation(prefix, refused.getMessage()));
        }
    }

    public int totalSessions() {
        return therapy == VisitKind.PHYSIOTHERAPY && sessionsPerWeek != null && weeks != null
                ? sessionsPerWeek * weeks : sessions == null ? 0 : sessions;
    }

    /** The course in the patient's words. */
    public String describe() {
        String name = Visit.nameOf(therapy);
        String pattern = therapy == VisitKind.PHYSIOTHERAPY
                ? sessionsPerWeek + " sessions a week for " + weeks + " weeks (" + totalSessions() + " sessions)"
                : totalSessions() + (totalSessions() == 1 ? " session" : " sessions")
                        + (sessionsPerWeek == null ? "" : ", " + sessionsPerWeek + " a week");
        String after = therapy == VisitKind.CHIROPRACTIC || therapy == VisitKind.OSTEOPATHY
                ? "; results usually show after 3 to 5 treatments, then we reassess" : "";
        return name + ": " + pattern + after;
    }

    public VisitKind getTherapy() {
        return therapy;
    }

    public void setTherapy(VisitKind therapy) {
        this.therapy = therapy;
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
}
