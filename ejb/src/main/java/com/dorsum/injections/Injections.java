package com.dorsum.injections;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.CareTeams;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.care.Sight;
import com.dorsum.people.Discipline;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.Validation;
import com.dorsum.scheduling.AppointmentBook;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Facet-joint injections (R6, R7): booking (clinicians, and the front desk for the slot a clinician asked for),
 * moving, cancelling, recording the procedure (clinicians only), a patient's history with the allowance, and the
 * clinicians' dashboard. Every change of a patient's injections first locks that patient's history
 * ({@link InjectionHistories#lock}), so of two clinicians booking the fourth at the same moment exactly one wins.
 * Moves and cancellations go through the calendar ({@link AppointmentBook}), which {@link InjectionCalendar}
 * follows, so the rule holds whichever screen the change is made on.
 */
@Stateless
public class Injections {

    @PersistenceContext
    EntityManager em;

    @Inject
    InjectionHistories histories;

    @Inject
    AppointmentBook calendar;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    CareTeams careTeams;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    /**
     * Books an injection: R6 under the patient's lock, then its 30-minute appointment in a room with fluoroscopy
     * (R7). A refusal by the limit is audited and carries the earliest allowed date.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    public Injection book(long patientId, InjectionBooking booking) {
        InjectionBooking asked = booking == null ? new InjectionBooking(null, null, null, null, null) : booking;
        asked.requireComplete();
        patient(patientId);
        careTeams.requireCurrentClinicianInCare(patientId, AuditAction.INJECTION_BOOKED);
        painPhysician(asked.providerId(), "providerId");
        InjectionHistory history = histories.lock(patientId);
        Injection injection;
        try {
            injection = history.book(asked.providerId(), asked.start(), asked.level(), asked.side());
        } catch (FacetInjectionLimitExceeded refused) {
            audit.refused(AuditAction.INJECTION_BOOKED, patientId, refused.getMessage());
            throw refused;
        }
        em.persist(injection);
        em.flush();
        calendar.book(patientId, asked.providerId(), asked.roomId(), VisitKind.INJECTION, asked.start());
        audit.record(AuditAction.INJECTION_BOOKED, patientId, "injection " + injection.getId() + " "
                + asked.level().label() + " " + asked.side() + " on " + asked.start());
        return injection;
    }

    /** Moves a booked injection to another time; the calendar checks the slot, the history R6. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    public Injection move(long patientId, long injectionId, LocalDateTime newStart) {
        Injection injection = scheduled(patientId, injectionId);
        calendar.reschedule(injection.getAppointmentId(), newStart);
        return injection;
    }

    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    public Injection cancel(long patientId, long injectionId, String reason) {
        Injection injection = scheduled(patientId, injectionId);
        calendar.cancel(injection.getAppointmentId(), reason);
        return injection;
    }

    /**
     * Records the procedure of a booked injection (R7) by the pain physician who performed it, on the day it was
     * booked and not in the future; R6 is checked again under the lock. Its appointment is then done.
     */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public Injection recordProcedure(long patientId, long injectionId, ProcedureRecord record) {
        validation.require(record, "procedure");
        clinicalAccess.require(patientId, AuditAction.INJECTION_PERFORMED);
        painPhysician(record.getProviderId(), "providerId");
        if (record.getEnd().isAfter(LocalDateTime.now(clock))) {
            throw new InvalidInput("end", "A procedure is recorded once it has taken place");
        }
        InjectionHistory history = histories.lock(patientId);
        Injection injection = history.injections().stream().filter(i -> i.getId() == injectionId).findFirst()
                .orElseThrow(() -> new NotFound("injection"));
        Procedure procedure = new Procedure(record, currentUser.username(), clock.instant());
        try {
            history.perform(injection, procedure, record.getLevels(), record.getSide());
        } catch (FacetInjectionLimitExceeded refused) {
            audit.refused(AuditAction.INJECTION_PERFORMED, patientId, refused.getMessage());
            throw refused;
        }
        if (injection.getAppointmentId() != null) {
            calendar.complete(injection.getAppointmentId());
        }
        audit.record(AuditAction.INJECTION_PERFORMED, patientId, "injection " + injectionId);
        return injection;
    }

    /**
     * A patient's injections with complications and today's allowance, shaped for the caller (R21); a patient only
     * their own, a clinician only in care (R19).
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME, Role.PATIENT_NAME})
    public InjectionOverview overview(long patientId) {
        Sight sight = clinicalAccess.sight(patientId, AuditAction.INJECTIONS_VIEWED);
        patient(patientId);
        InjectionHistory history = histories.read(patientId);
        List<Complication> complications = em.createQuery("select c from Complication c where c.patientId = :p"
                + " order by c.noticedOn, c.id", Complication.class).setParameter("p", patientId).getResultList();
        audit.record(AuditAction.INJECTIONS_VIEWED, patientId, history.injections().size() + " injections");
        return new InjectionOverview(history.injections(), complications,
                history.allowanceOn(LocalDate.now(clock)), sight);
    }

    /** The signed-in patient's own injections. */
    @RolesAllowed(Role.PATIENT_NAME)
    public InjectionOverview mine() {
        return overview(currentUser.ownPatientId().orElseThrow(() -> new NotFound("patient")));
    }

    /**
     * Patients with injections: one in the six months up to today or one booked ahead, with their allowance and
     * (for clinicians, of the patients on their care teams) last reported relief, the fewest places left first.
     * Audited for every patient listed.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    public List<InjectionPatientSummary> patientsInCare() {
        LocalDate today = LocalDate.now(clock);
        // Older injections cannot share a six-month window with today or any later day.
        boolean clinician = currentUser.is(Role.CLINICIAN);
        Set<Long> inCare = clinician ? careTeams.patientsOfCurrentClinician() : Set.of();
        Map<Long, List<Injection>> byPatient = histories.countingSince(today.minusMonths(7).atStartOfDay()).stream()
                .filter(i -> !clinician || inCare.contains(i.getPatientId()))
                .collect(Collectors.groupingBy(Injection::getPatientId));
        List<InjectionPatientSummary> summaries = byPatient.entrySet().stream()
                .map(e -> summary(e.getValue(), today, clinician)).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(InjectionPatientSummary::remaining)
                        .thenComparing(InjectionPatientSummary::name))
                .toList();
        summaries.forEach(s -> audit.record(AuditAction.INJECTIONS_VIEWED, s.patientId(), "injection dashboard"));
        return summaries;
    }

    private static InjectionPatientSummary summary(List<Injection> injections, LocalDate today, boolean clinical) {
        InjectionLimit.Allowance allowance = new InjectionHistory(injections.get(0).getPatientId(), injections)
                .allowanceOn(today);
        LocalDate nextBooked = injections.stream().map(Injection::date).filter(d -> d.isAfter(today)).min(
                Comparator.naturalOrder()).orElse(null);
        if (allowance.inLastSixMonths() == 0 && nextBooked == null) {
            return null;
        }
        LocalDate last = injections.stream().map(Injection::date).filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder()).orElse(null);
        Relief lastRelief = !clinical ? null : injections.stream().filter(i -> i.getFollowUp() != null)
                .max(Comparator.comparing(i -> i.getFollowUp().getCheckedOn()))
                .map(i -> i.getFollowUp().getRelief()).orElse(null);
        Patient patient = injections.get(0).getPatient();
        return new InjectionPatientSummary(patient.getId(), patient.getMrn(),
                patient.getFamilyName() + ", " + patient.getGivenName(), allowance.inLastSixMonths(),
                allowance.remaining(), allowance.nextEligibleDate(), last, nextBooked, lastRelief);
    }

    /** Pain physicians who can be booked for injections, by name. */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    public List<Provider> painPhysicians() {
        return em.createQuery("select p from Provider p where p.discipline = :d and p.active = true order by p.name",
                Provider.class).setParameter("d", Discipline.PAIN_PHYSICIAN).getResultList();
    }

    private Injection scheduled(long patientId, long injectionId) {
        Injection injection = em.find(Injection.class, injectionId);
        if (injection == null || injection.getPatientId() != patientId) {
            throw new NotFound("injection");
        }
        if (injection.getAppointmentId() == null) {
            throw new InvalidInput("injection", "This injection has no appointment in the calendar");
        }
        return injection;
    }

    private void painPhysician(Long providerId, String field) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null || provider.getDiscipline() != Discipline.PAIN_PHYSICIAN) {
            throw new InvalidInput(field, "Facet-joint injections are performed by a pain physician");
        }
    }

    private Patient patient(long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw new NotFound("patient");
        }
        return patient;
    }
}
