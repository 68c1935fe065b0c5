package com.dorsum.outcomes;

import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verdicts of a patient's completed courses from their scores (R25); the callers check access and audit. */
@ApplicationScoped
public class ScoredCourses {

    @PersistenceContext
    EntityManager em;

    /** Per completed course (oldest first), the verdicts of the instruments scored at both its ends. */
    public Map<Course, List<CourseVerdict>> completed(long patientId) {
        List<OutcomeResponse> responses = responses(patientId);
        Map<Course, List<CourseVerdict>> verdicts = new LinkedHashMap<>();
        if (responses.isEmpty()) {
            return verdicts;
        }
        em.createQuery("select distinct c from Course c left join fetch c.sessions where c.patientId = :p"
                        + " and c.status = :completed order by c.endedOn, c.id", Course.class)
                .setParameter("p", patientId).setParameter("completed", CourseStatus.COMPLETED).getResultStream()
                .forEach(c -> verdicts.put(c, of(c, responses)));
        return verdicts;
    }

    /** The verdicts of one course from its sessions that took place. */
    public List<CourseVerdict> of(Course course) {
        return of(course, responses(course.getPatientId()));
    }

    private List<OutcomeResponse> responses(long patientId) {
        return em.createQuery("select distinct r from OutcomeResponse r left join fetch r.answers"
                + " where r.patientId = :p", OutcomeResponse.class).setParameter("p", patientId).getResultList();
    }

    private static List<CourseVerdict> of(Course course, List<OutcomeResponse> responses) {
        return CourseVerdict.of(course.getSessions().stream().filter(s -> s.getStatus() == AppointmentStatus.DONE)
                .map(s -> s.getStart().toLocalDate()).toList(), responses);
    }
}
