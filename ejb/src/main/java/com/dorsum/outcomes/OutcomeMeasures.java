package com.dorsum.outcomes;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.Visit;
import com.dorsum.scheduling.CourseStatus;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.security.CareCheck;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records and reads outcome questionnaires (R25). The patient answers their own in the portal; a clinician caring
 * for the patient records one in the visit and reads the trends; the front desk sees none (R21). What is due comes
 * from the patient's courses and injections ({@link OutcomeSchedule}). Every read, change and refusal is audited.
 */
@Stateless
public class OutcomeMeasures {

    /** How far back courses and injections are looked at for what is due (the latest window closes 28 days on). */
    private static final int SCHEDULE_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CareCheck care;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ScoredCourses scored;

    /** A questionnaire a clinician filled in with the patient. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public ScoredResponse record(long patientId, OutcomeInput input) {
        care.requireInCare(patientId, AuditAction.OUTCOME_RECORDED);
        return store(patientId, input, AnsweredBy.CLINICIAN);
    }

    /** A questionnaire the signed-in patient completed. */
    @RolesAllowed(Role.PATIENT_NAME)
    public ScoredResponse recordMine(OutcomeInput input) {
        return store(ownPatientId(), input, AnsweredBy.PATIENT);
    }

    /** The patient's trend per instrument (instruments never answered are left out). */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.PATIENT_NAME})
    public List<OutcomeTrend> trends(long patientId) {
        care.requireInCare(patientId, AuditAction.OUTCOMES_VIEWED);
        List<OutcomeTrend> trends = trendsOf(patientId);
        audit.record(AuditAction.OUTCOMES_VIEWED, patientId, trends.stream()
                .mapToInt(t -> t.points().size()).sum() + " scores");
        return trends;
    }

    @RolesAllowed(Role.PATIENT_NAME)
    public List<OutcomeTrend> mine() {
        return trends(ownPatientId());
    }

    /** The questionnaires due today for the patient, one per instrument. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.PATIENT_NAME})
    public List<DuePoint> due(long patientId) {
        care.requireInCare(patientId, AuditAction.OUTCOMES_VIEWED);
        LocalDate today = LocalDate.now(clock);
        List<OutcomeResponse> responses = responsesOf(patientId);
        Map<Instrument, List<LocalDate>> answered = responses.stream().collect(Collectors.groupingBy(
                OutcomeResponse::getInstrument, Collectors.mapping(OutcomeResponse::getAnsweredOn, Collectors.toList())));
        List<DuePoint> due = OutcomeSchedule.due(OutcomeSchedule.points(courses(patientId, today),
                injections(patientId, today), disabilityIndexOf(responses)), answered, today);
        audit.record(AuditAction.OUTCOMES_VIEWED, patientId, due.size() + " questionnaires due");
        return due;
    }

    @RolesAllowed(Role.PATIENT_NAME)
    public List<DuePoint> dueMine() {
        return due(ownPatientId());
    }

    /** What the course's scores say and the outcome they suggest, for the clinician completing it. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public CourseScores courseScores(long courseId) {
        Course course = em.createQuery("select c from Course c left join fetch c.sessions where c.id = :id",
                Course.class).setParameter("id", courseId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("course"));
        care.requireInCare(course.getPatientId(), AuditAction.OUTCOMES_VIEWED);
        CourseScores scores = new CourseScores(courseId, scored.of(course));
        audit.record(AuditAction.OUTCOMES_VIEWED, course.getPatientId(), "scores of course " + courseId);
        return scores;
    }

    /**
     * Per therapy and clinician, the share of the courses completed in the period whose scores reached the
     * minimal important change. Counts only: no patient's data is shown.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public McidReport mcidReport(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
            throw new InvalidInput("from", "Give a period 'from' on or before 'to', at most two"
                    + " years long");
        }
        Map<Long, String> names = em.createQuery("select p from Provider p", Provider.class).getResultStream()
                .collect(Collectors.toMap(Provider::getId, Provider::getName));
        return McidReport.of(scored.completedBetween(from, to), id -> names.getOrDefault(id, "?"));
    }

    private ScoredResponse store(long patientId, OutcomeInput input, AnsweredBy by) {
        if (em.find(Patient.class, patientId) == null) {
            throw new NotFound("patient");
        }
        if (input == null) {
            throw new InvalidInput("questionnaire", "is required");
        }
        OutcomeResponse response = OutcomeResponse.answered(patientId, input, by, LocalDate.now(clock));
        em.persist(response);
        em.flush();
        ScoredResponse scored = OutcomeTrend.of(response.getInstrument(), responsesOf(patientId)).points().stream()
                .filter(p -> response.getId().equals(p.id())).findFirst().orElseThrow();
        audit.record(AuditAction.OUTCOME_RECORDED, patientId, response.getInstrument() + " of "
                + response.getAnsweredOn() + " (response " + response.getId() + ")");
        return scored;
    }

    private List<OutcomeTrend> trendsOf(long patientId) {
        List<OutcomeResponse> responses = responsesOf(patientId);
        return Arrays.stream(Instrument.values()).map(i -> OutcomeTrend.of(i, responses))
                .filter(t -> !t.isEmpty()).toList();
    }

    private List<OutcomeResponse> responsesOf(long patientId) {
        return em.createQuery("select distinct r from OutcomeResponse r left join fetch r.answers"
                        + " where r.patientId = :p order by r.answeredOn, r.id", OutcomeResponse.class)
                .setParameter("p", patientId).getResultList();
    }

    /** The disability index the patient answers: the one answered last (NDI for a neck problem), else ODI. */
    private static Instrument disabilityIndexOf(List<OutcomeResponse> responses) {
        Instrument chosen = Instrument.ODI;
        for (OutcomeResponse r : responses) {
            if (r.getInstrument() != Instrument.NPRS) {
                chosen = r.getInstrument();
            }
        }
        return chosen;
    }

    private List<OutcomeSchedule.CourseDays> courses(long patientId, LocalDate today) {
        return em.createQuery("select distinct c from Course c left join fetch c.sessions where c.patientId = :p"
                        + " and c.status in :running and c.startDate >= :since", Course.class)
                .setParameter("p", patientId).setParameter("since", today.minusDays(SCHEDULE_DAYS))
                .setParameter("running", List.of(CourseStatus.ACTIVE, CourseStatus.COMPLETED)).getResultStream()
                .map(c -> new OutcomeSchedule.CourseDays(c.getId(), Visit.nameOf(c.getTherapy()),
                        c.getSessions().stream().filter(s -> s.getStatus() != AppointmentStatus.CANCELLED)
                                .map(s -> s.getStart().toLocalDate()).toList()))
                .toList();
    }

    private List<OutcomeSchedule.InjectionDay> injections(long patientId, LocalDate today) {
        return em.createQuery("select a from Appointment a where a.patientId = :p and a.kind = :injection"
                        + " and a.status not in :gone and a.start >= :from and a.start < :to", Appointment.class)
                .setParameter("p", patientId).setParameter("injection", VisitKind.INJECTION)
                .setParameter("gone", List.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW))
                .setParameter("from", today.minusDays(Occasion.AFTER_INJECTION.untilDays()).atStartOfDay())
                .setParameter("to", today.plusDays(1 - Occasion.BEFORE_INJECTION.fromDays()).atStartOfDay())
                .getResultStream().map(a -> new OutcomeSchedule.InjectionDay(a.getId(), a.getStart().toLocalDate()))
                .toList();
    }

    private long ownPatientId() {
        return currentUser.ownPatientId().orElseThrow(() -> new NotFound("patient"));
    }
}
