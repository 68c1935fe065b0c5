package com.dorsum.scheduling;

import com.dorsum.referrals.ConservativeTherapyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The conservative therapy on a patient's record, from their courses: the surgery gate (R11) asks for a completed
 * physiotherapy course or chiropractic/osteopathic series (R1/R2) without adequate relief, and the referral
 * letter lists every completed course with its outcome. The callers check access and audit.
 */
@ApplicationScoped
public class CourseRecord implements ConservativeTherapyRecord {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean completedCourseWithoutAdequateRelief(long patientId) {
        return completed(patientId).stream().anyMatch(Course::failedConservatively);
    }

    @Override
    public List<String> courseOutcomes(long patientId) {
        return completed(patientId).stream().map(c -> CourseRules.label(c.getTherapy()) + ", "
                + c.progress().done() + " sessions, completed " + c.getEndedOn() + ": "
                + c.getOutcome().label().toLowerCase()
                + (c.getOutcomeNote() == null ? "" : " (" + c.getOutcomeNote() + ")")).toList();
    }

    private List<Course> completed(long patientId) {
        return em.createQuery("select distinct c from Course c left join fetch c.sessions where c.patientId = :p"
                        + " and c.status = com.dorsum.scheduling.CourseStatus.COMPLETED order by c.endedOn, c.id",
                        Course.class).setParameter("p", patientId).getResultList();
    }
}
