package com.dorsum.scheduling;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.CareTeams;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.platform.Validation;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans, books and changes therapy courses (R1-R5). Planning reads the booking rules and who is busy over the
 * course's whole range in a few statements and plans in memory ({@link CoursePlanner}); booking stores the course
 * and all its sessions and claims their time in one statement within one transaction, so a course is booked
 * whole or, when anything was taken meanwhile, not at all ({@link SlotClaims}). A course that does not fit is
 * refused with the weeks that fail and the alternatives; one starting in the past or running beyond the booking
 * horizon is refused at once ({@link BookingWindow}).
 */
@Stateless
public class Courses {

    /** How often a proposal is checked against the rooms' bookings at its times before all are read. */
    private static final int ROOM_ROUNDS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendar calendar;

    @Inject
    SlotClaims claims;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    Validation validation;

    @Inject
    CareTeams careTeams;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    Clock clock;

    @Inject
    Event<SlotFreed> freed;

    /** The sessions the course would have, booking nothing; refused like {@link #book} when it does not fit. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public CourseProposal propose(CourseRequest request) {
        CourseSpecification spec = specification(request);
        CourseProposal proposal = audited(AuditAction.COURSE_PLANNED, spec, () -> plan(spec));
        audit.record(AuditAction.COURSE_PLANNED, spec.patientId(), spec.therapy() + ", " + spec.pattern());
        return proposal;
    }

    /** Books the course whole: every session, or none. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Course book(CourseRequest request) {
        CourseSpecification spec = specification(request);
        CourseProposal proposal = audited(AuditAction.COURSE_BOOKED, spec, () -> plan(spec));
        careTeams.booking(spec.patientId(), providersOf(proposal.sessions()));
        Course course = new Course(proposal);
        em.persist(course);
        store(course.schedule(proposal.sessions()));
        audit.record(AuditAction.COURSE_BOOKED, spec.patientId(), "course " + course.getId() + ": "
                + spec.therapy() + ", " + spec.pattern() + " from " + spec.startDate());
        return course;
    }

    /** One course with its sessions. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public Course course(long courseId) {
        Course course = load(courseId);
        access.check(course.getPatientId(), AuditAction.COURSE_VIEWED);
        audit.record(AuditAction.COURSE_VIEWED, course.getPatientId(), "course " + courseId);
        return course;
    }

    /** A patient's courses, newest first, with their sessions. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public PageOf<Course> courses(long patientId, int page, int size) {
        access.check(patientId, AuditAction.COURSE_VIEWED);
        List<Long> ids = em.createQuery("select c.id from Course c where c.patientId = :p"
                        + " order by c.startDate desc, c.id desc", Long.class).setParameter("p", patientId)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        long total = em.createQuery("select count(c) from Course c where c.patientId = :p", Long.class)
                .setParameter("p", patientId).getSingleResult();
        List<Course> items = ids.isEmpty() ? List.of() : em.createQuery("select distinct c from Course c"
                        + " left join fetch c.sessions where c.id in :ids order by c.startDate desc, c.id desc",
                        Course.class).setParameter("ids", ids).getResultList();
        audit.record(AuditAction.COURSE_VIEWED, patientId, items.size() + " of " + total + " courses listed");
        return new PageOf<>(items, total);
    }

    /** Extends the course by weeks (weekly courses) or sessions (series) within its rule, planned like a booking. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Course extend(long courseId, int more) {
        Course course = load(courseId);
        CourseSpecification extension = domain(() -> course.extension(more));
        CourseProposal proposal = plan(extension);
        careTeams.booking(course.getPatientId(), providersOf(proposal.sessions()));
        store(course.extend(proposal));
        audit.record(AuditAction.COURSE_EXTENDED, course.getPatientId(), "course " + courseId + " by "
                + proposal.sessions().size() + " sessions");
        return course;
    }

    /** Ends the course early: the sessions still to come are cancelled and offered to the waitlist. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Course cancelRemaining(long courseId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "A reason for ending the course is required");
        }
        if (reason.length() > 300) {
            throw new InvalidInput("reason", "Reason must be at most 300 characters");
        }
        Course course = load(courseId);
        List<Appointment> cancelled = domain(() -> course.cancelRemaining(reason.trim(), LocalDateTime.now(clock)));
        claims.releaseAll(cancelled);
        audit.record(AuditAction.COURSE_ENDED, course.getPatientId(), "course " + courseId + ", "
                + cancelled.size() + " sessions cancelled: " + reason.trim());
        cancelled.forEach(session -> freed.fire(SlotFreed.of(session, session.slot())));
        return course;
    }

    /** The clinician's verdict on a course that has run (R11 reads it). */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public Course complete(long courseId, CourseOutcome outcome, String note) {
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note", "Note must be at most 500 characters");
        }
        Course course = load(courseId);
        clinicalAccess.require(course.getPatientId(), AuditAction.COURSE_COMPLETED);
        try {
            course.complete(outcome, note, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("outcome", e.getMessage());
        } catch (IllegalStateException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "COURSE_STATE", e.getMessage());
        }
        audit.record(AuditAction.COURSE_COMPLETED, course.getPatientId(), "course " + courseId + ": " + outcome);
        return course;
    }

    /** A course refused by its rules or the calendar leaves an audit record of the refusal. */
    private <T> T audited(AuditAction action, CourseSpecification spec, Supplier<T> planning) {
        try {
            return planning.get();
        } catch (DomainException refused) {
            audit.refused(action, spec.patientId(), refused.code() + ": " + spec.therapy() + ", " + spec.pattern());
            throw refused;
        }
    }

    private CourseSpecification specification(CourseRequest request) {
        validation.require(request, "course");
        if (em.find(Patient.class, request.getPatientId()) == null) {
            throw new NotFound("patient");
        }
        if (request.getProviderId() != null && em.find(Provider.class, request.getProviderId()) == null) {
            throw new NotFound("provider");
        }
        CourseSpecification spec = request.specification();
        calendar.window().requireDays(spec.startDate(), CoursePlanner.lastDay(spec));
        return spec;
    }

    /**
     * Plans the course from what the calendar holds over its weeks: the providers' and the patient's bookings
     * first, then the rooms' bookings only at the times proposed, planning again until every proposed time has
     * been checked against them. When it does not fit (or the rounds run out), plans once more from the wider
     * calendar (every provider of the discipline and every room booking, a few weeks more), which also gives the
     * alternatives.
     */
    private CourseProposal plan(CourseSpecification spec) {
        List<Provider> providers = calendar.providersOf(spec.therapy().discipline());
        if (spec.providerId() != null && providers.stream().noneMatch(p -> p.getId().equals(spec.providerId()))) {
            Provider named = em.find(Provider.class, spec.providerId());
            throw new CourseRulesViolated(named.getName() + (named.isActive() ? " does not provide "
                    + CourseRules.label(spec.therapy()).toLowerCase() : " no longer sees patients"),
                    Map.of("providerId", named.getId(), "therapy", spec.therapy().name()));
        }
        List<Room> rooms = calendar.roomsFor(spec.therapy());
        int minutes = calendar.minutesOf(spec.therapy());
        List<Long> roomIds = rooms.stream().map(Room::getId).toList();
        List<Long> asked = spec.providerId() != null ? List.of(spec.providerId())
                : providers.stream().map(Provider::getId).toList();
        LocalDate last = CoursePlanner.lastDay(spec);
        BookingRules rules = calendar.rulesFor(spec.startDate(), last);
        Occupancy occupancy = calendar.occupancy(asked, spec.patientId(), List.of(), spec.startDate(), last);
        CoursePlanner planner = new CoursePlanner(rules, occupancy, rooms, minutes);
        CourseProposal proposal = planner.plan(spec, providers);
        for (int round = 0; proposal.complete(); round++) {
            List<TimeSlot> unchecked = proposal.sessions().stream().map(PlannedSession::slot)
                    .filter(time -> !occupancy.roomsKnownAt(time)).toList();
            if (unchecked.isEmpty()) {
                return proposal;
            }
            if (round == ROOM_ROUNDS) {
                break;
            }
            calendar.addRoomBookings(occupancy, roomIds, unchecked);
            proposal = planner.plan(spec, providers);
        }
        LocalDate wider = CoursePlanner.lastDayWithAlternatives(spec);
        CoursePlanner widePlanner = new CoursePlanner(calendar.rulesFor(spec.startDate(), wider),
                calendar.occupancy(providers.stream().map(Provider::getId).toList(), spec.patientId(), roomIds,
                        spec.startDate(), wider), rooms, minutes);
        CourseProposal checked = widePlanner.plan(spec, providers);
        if (checked.complete()) {
            return checked;
        }
        throw new CourseUnschedulable(checked.problems(), widePlanner.alternatives(spec, providers));
    }

    /** Stores new sessions and claims all their time in one statement (SLOT_TAKEN if anything was taken). */
    private void store(List<Appointment> sessions) {
        sessions.forEach(em::persist);
        em.flush();
        claims.claimAll(sessions);
    }

    private Course load(long courseId) {
        return em.createQuery("select c from Course c left join fetch c.sessions where c.id = :id", Course.class)
                .setParameter("id", courseId).getResultStream().findFirst().orElseThrow(() -> new NotFound("course"));
    }

    private static <T> T domain(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalStateException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "COURSE_STATE", e.getMessage());
        }
    }

    private static List<Long> providersOf(List<PlannedSession> sessions) {
        return sessions.stream().map(PlannedSession::providerId).distinct().toList();
    }
}
