package com.dorsum.outcomes;

import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Every course completed in the period (both days included) with its verdicts. */
    public Map<Course, List<CourseVerdict>> completedBetween(LocalDate from, LocalDate to) {
        List<Course> courses = em.createQuery("select distinct c from Course c left join fetch c.sessions"
                        + " where c.status = :completed and c.endedOn between :from and :to", Course.class)
                .setParameter("completed", CourseStatus.COMPLETED).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Course, List<CourseVerdict>> verdicts = new LinkedHashMap<>();
        if (courses.isEmpty()) {
            return verdicts;
        }
        Map<Long, List<OutcomeResponse>> responses = em.createQuery("select distinct r from OutcomeResponse r"
                        + " left join fetch r.answers where r.patientId in :ids", OutcomeResponse.class)
                .setParameter("ids", courses.stream().map(Course::getPatientId).distinct().toList()).getResultStream()
                .collect(Collectors.groupingBy(OutcomeResponse::getPatientId));
        courses.forEach(c -> verdicts.put(c, of(c, responses.getOrDefault(c.getPatientId(), List.of()))));
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
