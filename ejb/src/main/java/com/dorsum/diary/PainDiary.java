package com.dorsum.diary;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.Visit;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.security.CareCheck;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pain diary (R18). The patient writes, corrects and deletes their own entries; clinicians read the diaries of
 * the patients in their care (a visit with them in the last or the coming year, or a plan they published) with
 * the {@link PainWatch} flags; the front desk never sees a diary. The chart marks the plan's events from the
 * calendar: therapy appointments as course sessions, INJECTION appointments as injections. Every read, change
 * and refusal is audited.
 */
@Stateless
public class PainDiary {

    static final int MAX_PERIOD_DAYS = 731;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    CareCheck care;

    @Inject
    Clock clock;

    @RolesAllowed(Role.PATIENT_NAME)
    public DiaryEntry add(long patientId, DiaryInput input) {
        access.check(patientId, AuditAction.DIARY_ENTRY_ADDED);
        DiaryEntry entry = DiaryEntry.write(patientId, required(input), today());
        em.persist(entry);
        em.flush();
        audit.record(AuditAction.DIARY_ENTRY_ADDED, patientId, "entry " + entry.getId());
        return entry;
    }

    @RolesAllowed(Role.PATIENT_NAME)
    public DiaryEntry change(long entryId, DiaryInput input) {
        DiaryEntry entry = own(entryId, AuditAction.DIARY_ENTRY_CHANGED);
        entry.rewrite(required(input), today());
        audit.record(AuditAction.DIARY_ENTRY_CHANGED, entry.getPatientId(), "entry " + entryId);
        return entry;
    }

    /** Deletes the patient's own entry for good: the one clinical record a patient may remove. */
    @RolesAllowed(Role.PATIENT_NAME)
    public void delete(long entryId) {
        DiaryEntry entry = own(entryId, AuditAction.DIARY_ENTRY_DELETED);
        em.remove(entry);
        audit.record(AuditAction.DIARY_ENTRY_DELETED, entry.getPatientId(), "entry " + entryId + " of "
                + entry.getDate());
    }

    @RolesAllowed(Role.PATIENT_NAME)
    public DiaryEntry entry(long entryId) {
        DiaryEntry entry = own(entryId, AuditAction.DIARY_VIEWED);
        audit.record(AuditAction.DIARY_VIEWED, entry.getPatientId(), "entry " + entryId);
        return entry;
    }

    /** Entries newest first. */
    @RolesAllowed({Role.PATIENT_NAME, Role.CLINICIAN_NAME})
    public PageOf<DiaryEntry> entries(long patientId, int page, int size) {
        care.requireInCare(patientId, AuditAction.DIARY_VIEWED);
        List<DiaryEntry> items = em.createQuery("select e from DiaryEntry e where e.patientId = :p"
                        + " order by e.date desc, e.id desc", DiaryEntry.class).setParameter("p", patientId)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.cappedSize(size)).getResultList();
        long total = em.createQuery("select count(e) from DiaryEntry e where e.patientId = :p", Long.class)
                .setParameter("p", patientId).getSingleResult();
        audit.record(AuditAction.DIARY_VIEWED, patientId, items.size() + " of " + total + " entries");
        return new PageOf<>(items, total);
    }

    /** The diary from one day to another (both included) with the plan's events and today's flags. */
    @RolesAllowed({Role.PATIENT_NAME, Role.CLINICIAN_NAME})
    public DiaryPeriod period(long patientId, LocalDate from, LocalDate to) {
        care.requireInCare(patientId, AuditAction.DIARY_VIEWED);
        DiaryPeriod period = load(patientId, from, to);
        audit.record(AuditAction.DIARY_VIEWED, patientId, "chart " + from + " to " + to);
        return period;
    }

    /** The period's entries to take to the doctor, as CSV. */
    @RolesAllowed({Role.PATIENT_NAME, Role.CLINICIAN_NAME})
    public String csv(long patientId, LocalDate from, LocalDate to) {
        care.requireInCare(patientId, AuditAction.DIARY_EXPORTED);
        String csv = DiaryExport.csv(load(patientId, from, to).entries());
        audit.record(AuditAction.DIARY_EXPORTED, patientId, "CSV " + from + " to " + to);
        return csv;
    }

    /** The period's entries to take to the doctor, as PDF. */
    @RolesAllowed({Role.PATIENT_NAME, Role.CLINICIAN_NAME})
    public byte[] pdf(long patientId, LocalDate from, LocalDate to) {
        care.requireInCare(patientId, AuditAction.DIARY_EXPORTED);
        Patient patient = em.find(Patient.class, patientId);
        byte[] pdf = DiaryExport.pdf(patient.getFullName(), patient.getMrn(), from, to,
                load(patientId, from, to).entries());
        audit.record(AuditAction.DIARY_EXPORTED, patientId, "PDF " + from + " to " + to);
        return pdf;
    }

    /**
     * The patients in the signed-in clinician's care with their latest pain and flags, flagged ones first, then by
     * name. Audited for every patient on the page.
     */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public PageOf<DiarySummary> patientsInCare(int page, int size) {
        Set<Long> ids = care.patientsInCare();
        if (ids.isEmpty()) {
            return new PageOf<>(List.of(), 0);
        }
        LocalDate today = today();
        LocalDate since = today.minusDays(PainWatch.RECENT_INJECTION_DAYS + PainWatch.AFTERCARE_DAYS);
        Map<Long, List<DiaryEntry>> entries = em.createQuery("select e from DiaryEntry e where e.patientId in :ids"
                        + " and e.date >= :since order by e.date, e.id", DiaryEntry.class)
                .setParameter("ids", ids).setParameter("since", since).getResultStream()
                .collect(Collectors.groupingBy(DiaryEntry::getPatientId));
        Map<Long, List<LocalDate>> injections = injectionDays(ids, since, today);
        List<DiarySummary> all = em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", ids).getResultStream().map(p -> summary(p, entries.getOrDefault(p.getId(),
                        List.of()), injections.getOrDefault(p.getId(), List.of()), today))
                .sorted(Comparator.comparing((DiarySummary s) -> !s.flagged()).thenComparing(DiarySummary::name))
                .toList();
        List<DiarySummary> shown = all.stream().skip(PageOf.firstRow(page, size)).limit(PageOf.cappedSize(size))
                .toList();
        shown.forEach(s -> audit.record(AuditAction.DIARY_VIEWED, s.patientId(), "diary overview"));
        return new PageOf<>(shown, all.size());
    }

    private DiarySummary summary(Patient patient, List<DiaryEntry> entries, List<LocalDate> injections,
                                 LocalDate today) {
        List<DiaryFlag> flags = PainWatch.flags(entries.stream().map(DiaryEntry::point).toList(), injections, today);
        DiaryEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        Double week = entries.stream().filter(e -> ChronoUnit.DAYS.between(e.getDate(), today) < 7)
                .mapToInt(DiaryEntry::getPain).average().stream().boxed().findFirst().orElse(null);
        return new DiarySummary(patient.getId(), patient.getFullName(), patient.getMrn(),
                last == null ? null : last.getDate(), last == null ? null : last.getPain(), week, flags);
    }

    private DiaryPeriod load(long patientId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
            throw new InvalidInput("from", "Give a period 'from' on or before 'to', at most two years long");
        }
        List<DiaryEntry> entries = em.createQuery("select e from DiaryEntry e where e.patientId = :p"
                        + " and e.date between :from and :to order by e.date, e.id", DiaryEntry.class)
                .setParameter("p", patientId).setParameter("from", from).setParameter("to", to).getResultList();
        List<PlanEvent> events = em.createQuery("select a from Appointment a where a.patientId = :p"
                        + " and a.start >= :from and a.start < :to and a.status not in :gone and a.kind <> :review"
                        + " order by a.start", Appointment.class)
                .setParameter("p", patientId).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .setParameter("gone", List.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW))
                .setParameter("review", VisitKind.REVIEW).getResultStream()
                .map(a -> a.getKind() == VisitKind.INJECTION
                        ? new PlanEvent(a.getStart().toLocalDate(), PlanEvent.Kind.INJECTION, Visit.nameOf(a.getKind()))
                        : new PlanEvent(a.getStart().toLocalDate(), PlanEvent.Kind.SESSION,
                                Visit.nameOf(a.getKind()) + " session"))
                .toList();
        LocalDate today = today();
        LocalDate since = today.minusDays(PainWatch.RECENT_INJECTION_DAYS + PainWatch.AFTERCARE_DAYS);
        List<PainPoint> recent = em.createQuery("select e from DiaryEntry e where e.patientId = :p"
                        + " and e.date >= :since", DiaryEntry.class)
                .setParameter("p", patientId).setParameter("since", since).getResultStream()
                .map(DiaryEntry::point).toList();
        List<DiaryFlag> flags = PainWatch.flags(recent,
                injectionDays(Set.of(patientId), since, today).getOrDefault(patientId, List.of()), today);
        return new DiaryPeriod(from, to, entries, events, flags);
    }

    /** Days of injections (booked or done, not cancelled) from a day up to today, per patient. */
    private Map<Long, List<LocalDate>> injectionDays(Set<Long> patients, LocalDate since, LocalDate today) {
        return em.createQuery("select a from Appointment a where a.patientId in :ids and a.kind = :injection"
                        + " and a.status not in :gone and a.start >= :since and a.start < :until", Appointment.class)
                .setParameter("ids", patients).setParameter("injection", VisitKind.INJECTION)
                .setParameter("gone", List.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW))
                .setParameter("since", since.atStartOfDay()).setParameter("until", today.plusDays(1).atStartOfDay())
                .getResultStream().collect(Collectors.groupingBy(Appointment::getPatientId,
                        Collectors.mapping(a -> a.getStart().toLocalDate(), Collectors.toList())));
    }

    private DiaryEntry own(long entryId, AuditAction action) {
        DiaryEntry entry = em.find(DiaryEntry.class, entryId);
        if (entry == null) {
            throw new NotFound("diary entry");
        }
        access.check(entry.getPatientId(), action);
        return entry;
    }

    private static DiaryInput required(DiaryInput input) {
        if (input == null) {
            throw new InvalidInput("entry", "is required");
        }
        return input;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
