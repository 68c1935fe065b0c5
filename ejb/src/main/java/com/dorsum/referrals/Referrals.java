package com.dorsum.referrals;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.care.CareTeams;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.care.Sight;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.platform.Validation;
import com.dorsum.security.Accounts;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import com.dorsum.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals (R9, R11-R13): a clinician refers (through the {@link SurgeryGate} for surgery), staff follow the
 * referral through its trail, the letter is written and stored when it is sent, and overdue referrals surface.
 * Every read and change is audited against the patient; a patient reaches only their own referrals, a clinician
 * those of patients in their care (R19), the front desk a {@link ReferralView} without clinical content (R21). A
 * referral addressed to a clinician of the clinic puts them on the care team.
 */
@Stateless
public class Referrals {

    private static final String FETCH = "select distinct r from Referral r left join fetch r.steps"
            + " left join fetch r.specialist join fetch r.patient";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    CareTeams careTeams;

    @Inject
    Validation validation;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    ConservativeTherapyRecord conservativeTherapy;

    @Inject
    InjectionRecord injections;

    @Inject
    MedicationRecord medication;

    @Inject
    OverdueRules overdueRules;

    @Inject
    Letterhead letterhead;

    /** A new DRAFT referral; a SURGERY referral only through the surgery gate (R11), a refusal audited. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public ReferralView refer(long patientId, ReferralRequest request) {
        validation.require(request, "referral");
        Patient patient = patient(patientId);
        clinicalAccess.require(patientId, AuditAction.REFERRAL_CREATED);
        Optional<SurgeryGate.Basis> basis;
        try {
            basis = SurgeryGate.admit(request.getSpecialty(), request.getSurgicalIndication(),
                    request.getSpecialty() == Specialty.SURGERY
                            && conservativeTherapy.completedCourseWithoutAdequateRelief(patientId));
        } catch (DomainException refused) {
            audit.refused(AuditAction.REFERRAL_CREATED, patientId, refused.code());
            throw refused;
        }
        ExternalSpecialist specialist = request.getSpecialistId() == null ? null
                : activeSpecialist(request.getSpecialistId());
        Referral referral = new Referral(patient, request, basis, specialist, currentUser.username(), clock.instant());
        if (request.getClinicianId() != null) {
            careTeams.addressedTo(patientId, request.getClinicianId());
            referral.addressTo(request.getClinicianId());
        }
        em.persist(referral);
        em.flush();
        audit.record(AuditAction.REFERRAL_CREATED, patientId,
                request.getSpecialty() + " referral " + referral.getId());
        return new ReferralView(referral, Sight.CLINICAL);
    }

    /** The patient's referrals, newest first, with their trails. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public PageOf<ReferralView> referrals(long patientId, int page, int size) {
        Sight sight = clinicalAccess.sight(patientId, AuditAction.REFERRAL_VIEWED);
        List<Long> ids = em.createQuery("select r.id from Referral r where r.patientId = :p"
                        + " order by r.referredAt desc, r.id desc", Long.class)
                .setParameter("p", patientId)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size)).getResultList();
        long total = em.createQuery("select count(r) from Referral r where r.patientId = :p", Long.class)
                .setParameter("p", patientId).getSingleResult();
        audit.record(AuditAction.REFERRAL_VIEWED, patientId, ids.size() + " of " + total + " referrals listed");
        return new PageOf<>(fetch(ids, " order by r.referredAt desc, r.id desc").stream()
                .map(r -> new ReferralView(r, sight)).toList(), total);
    }

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public ReferralView referral(long patientId, long referralId) {
        Sight sight = clinicalAccess.sight(patientId, AuditAction.REFERRAL_VIEWED);
        Referral referral = load(patientId, referralId);
        audit.record(AuditAction.REFERRAL_VIEWED, patientId, "referral " + referralId);
        return new ReferralView(referral, sight);
    }

    /**
     * Moves a referral along its trail. Sending it writes the letter from the record as it is now and stores it
     * with the referral.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public ReferralView advance(long patientId, long referralId, ReferralStatus to, String note) {
        StatusStep.checkTransition(to, note);
        Sight sight = clinicalAccess.sight(patientId, AuditAction.REFERRAL_CHANGED);
        Referral referral = load(patientId, referralId);
        String by = currentUser.username();
        Instant at = clock.instant();
        switch (to) {
            case SENT -> {
                referral.markSent(by, at, note);
                em.persist(new ReferralLetter(referral, LetterWriter.write(letterContent(referral, at))));
            }
            case BOOKED -> referral.markBooked(by, at, note);
            case SEEN -> referral.markSeen(by, at, note);
            case REPORT_RECEIVED -> referral.reportReceived(by, at, note);
            case CLOSED -> referral.close(by, at, note);
            case CANCELLED -> referral.cancel(by, at, note);
            case DRAFT -> throw new IllegalTransition("referral", referral.getStatus(), to,
                    referral.getStatus().next());
        }
        audit.record(AuditAction.REFERRAL_CHANGED, patientId, "referral " + referralId + " " + to);
        return new ReferralView(referral, sight);
    }

    /** The letter as it was sent. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public byte[] letter(long patientId, long referralId) {
        clinicalAccess.require(patientId, AuditAction.REFERRAL_LETTER_VIEWED);
        load(patientId, referralId);
        byte[] pdf = em.createQuery("select l from ReferralLetter l where l.referral.id = :r", ReferralLetter.class)
                .setParameter("r", referralId).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "NOT_SENT_YET",
                        "The letter is written when the referral is sent"))
                .getPdf();
        audit.record(AuditAction.REFERRAL_LETTER_VIEWED, patientId, "referral " + referralId);
        return pdf;
    }

    /**
     * Referrals overdue now ({@link OverdueRules}), urgent first, then the longest waiting; the clinical part only
     * of patients in the caller's care (R19, R21). Audited once for every patient on the page.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public PageOf<OverdueReferral> overdue(int page, int size) {
        Instant now = clock.instant();
        String order = " order by r.urgency desc, r.referredAt, r.id";
        List<Referral> referrals = fetch(overdueQuery("select r.id", order, Long.class, now)
                .setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size))
                .getResultList(), order);
        referrals.stream().map(Referral::getPatientId).distinct().forEach(patientId ->
                audit.record(AuditAction.WORKLIST_VIEWED, patientId, "overdue referrals"));
        Set<Long> inCare = careTeams.patientsOfCurrentClinician();
        List<OverdueReferral> items = referrals.stream()
                .map(r -> new OverdueReferral(new ReferralView(r, inCare.contains(r.getPatientId()) ? Sight.CLINICAL
                        : Sight.SCHEDULING), r.overdue(overdueRules, now).orElseThrow())).toList();
        return new PageOf<>(items, countOverdue());
    }

    /** How many referrals are overdue now; reveals nobody's data, so it is not audited. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public long countOverdue() {
        return overdueQuery("select count(r)", "", Long.class, clock.instant()).getSingleResult();
    }

    private <T> TypedQuery<T> overdueQuery(String select, String order, Class<T> type, Instant now) {
        return em.createQuery(select + " from Referral r"
                        + " where (r.status in :unbooked and ((r.urgency = :urgent and r.referredAt < :urgentCut)"
                        + " or (r.urgency = :routine and r.referredAt < :routineCut)))"
                        + " or (r.status = :seen and r.statusSince < :reportCut)" + order, type)
                .setParameter("unbooked", List.of(ReferralStatus.DRAFT, ReferralStatus.SENT))
                .setParameter("urgent", Urgency.URGENT)
                .setParameter("routine", Urgency.ROUTINE)
                .setParameter("seen", ReferralStatus.SEEN)
                .setParameter("urgentCut", overdueRules.bookingOverdueIfReferredBefore(Urgency.URGENT, now))
                .setParameter("routineCut", overdueRules.bookingOverdueIfReferredBefore(Urgency.ROUTINE, now))
                .setParameter("reportCut", overdueRules.reportOverdueIfSeenBefore(now));
    }

    /** Records a scoliosis screen (R12); a positive one comes back with the orthopedic referral it suggests. */
    @RolesAllowed(Role.CLINICIAN_NAME)
    public ScreenOutcome screenForScoliosis(long patientId, ScoliosisFindings findings) {
        validation.require(findings, "screen");
        clinicalAccess.require(patientId, AuditAction.SCOLIOSIS_SCREEN_RECORDED);
        ScoliosisScreen screen = new ScoliosisScreen(patient(patientId), findings, currentUser.username(),
                clock.instant());
        em.persist(screen);
        em.flush();
        audit.record(AuditAction.SCOLIOSIS_SCREEN_RECORDED, patientId,
                (screen.isPositive() ? "positive" : "negative") + " screen " + screen.getId());
        return new ScreenOutcome(screen, findings.findings(),
                findings.isPositive() ? findings.suggestedReferral() : null);
    }

    private LetterContent letterContent(Referral referral, Instant at) {
        Patient patient = referral.getPatient();
        ExternalSpecialist receiver = referral.getSpecialist();
        String to = receiver == null ? "Dear colleague in " + referral.getSpecialty().label()
                : receiver.getName() + (receiver.getPractice() == null ? "" : ", " + receiver.getPractice())
                        + (receiver.getAddress() == null ? "" : ", " + receiver.getAddress());
        String surgicalBasis = referral.getSurgicalIndication() != null
                ? "Surgical indication: " + referral.getSurgicalIndication().label()
                : referral.getSurgeryBasis() == null ? null : referral.getSurgeryBasis().label();
        List<String> orders = em.createQuery("select o from DiagnosticOrder o where o.patientId = :p"
                        + " order by o.orderedAt", DiagnosticOrder.class)
                .setParameter("p", patient.getId()).getResultList().stream().map(DiagnosticOrder::summary).toList();
        String clinician = accounts.findByUsername(referral.getReferredBy()).map(UserAccount::getProvider)
                .map(Provider::getName).orElse(referral.getReferredBy());
        return new LetterContent(letterhead, LocalDate.ofInstant(at, clock.getZone()), patient.getFullName(),
                patient.getBirthDate(), patient.getMrn(), referral.getSpecialty().label(), to,
                referral.getUrgency().name(), referral.getReason(),
                referral.getRuleOuts().stream().sorted().map(RuleOut::label).toList(), surgicalBasis,
                conservativeTherapy.courseOutcomes(patient.getId()), injections.injectionSummaries(patient.getId()),
                orders, medication.currentGuidance(patient.getId()), clinician);
    }

    private List<Referral> fetch(List<Long> ids, String order) {
        return ids.isEmpty() ? List.of() : em.createQuery(FETCH + " where r.id in :ids" + order, Referral.class)
                .setParameter("ids", ids).getResultList();
    }

    private Referral load(long patientId, long referralId) {
        return em.createQuery(FETCH + " where r.id = :id and r.patientId = :p", Referral.class)
                .setParameter("id", referralId).setParameter("p", patientId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("referral"));
    }

    private Patient patient(long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw new NotFound("patient");
        }
        return patient;
    }

    private ExternalSpecialist activeSpecialist(long id) {
        ExternalSpecialist specialist = em.find(ExternalSpecialist.class, id);
        if (specialist == null || !specialist.isActive()) {
            throw new InvalidInput("specialistId", "No active specialist with this id in the directory");
        }
        return specialist;
    }
}
