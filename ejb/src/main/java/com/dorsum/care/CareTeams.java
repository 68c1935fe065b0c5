package com.dorsum.care;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.people.Patient;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Patients' care teams (R19). The front desk and ADMIN add and end memberships; a visit, course or injection the
 * front desk books with a clinician adds that clinician (TREATING), a referral or order addressed to a clinician of
 * the clinic adds them (CONSULTING). A clinician never changes a team: they book only for patients already in their
 * care, and their bookings add no one. A membership lapses {@code clinic.care-team.lapse-days} (180) days after the
 * clinician's last visit with the patient.
 */
@Stateless
public class CareTeams {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClinicianVisits visits;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "clinic.care-team.lapse-days", defaultValue = "180")
    int lapseDays;

    /** The patient's team, members on it today first, then the ended and lapsed ones, newest first. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public CareTeam team(long patientId) {
        patient(patientId);
        Map<Long, LocalDate> lastVisits = visits.lastVisitsOf(patientId);
        LocalDate today = today();
        List<CareTeam.Member> members = memberships(patientId).stream()
                .map(m -> {
                    LocalDate last = lastVisits.get(m.getProvider().getId());
                    return new CareTeam.Member(m.getId(), m.getProvider().getId(), m.getProvider().getName(),
                            m.getProvider().getDiscipline(), m.getRole(), m.getSince(), m.getAddedBy(), last,
                            m.lapsesOn(last, lapseDays, clock.getZone()),
                            m.isActiveOn(today, last, lapseDays, clock.getZone()), m.getEndedAt(), m.getEndedBy());
                })
                .sorted(Comparator.comparing((CareTeam.Member m) -> !m.active())
                        .thenComparing(CareTeam.Member::since, Comparator.reverseOrder()))
                .toList();
        audit.record(AuditAction.CARE_TEAM_VIEWED, patientId, members.size() + " memberships");
        return new CareTeam(patientId, members);
    }

    /**
     * The front desk or ADMIN puts a clinician on the team. A clinician cannot change the team; putting themselves
     * on it is refused with a code of its own.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public CareTeamMember add(long patientId, Long providerId, CareRole role) {
        if (providerId == null) {
            throw new InvalidInput("clinicianId", "is required");
        }
        if (role == null) {
            throw new InvalidInput("role", "is required (ATTENDING, TREATING or CONSULTING)");
        }
        refuseClinicians(patientId, currentUser.providerId().filter(own -> own.equals(providerId)).isPresent());
        patient(patientId);
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null || !provider.isActive()) {
            throw new InvalidInput("clinicianId", "Choose an active clinician of the clinic");
        }
        if (activeMembership(patientId, providerId) != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_ON_CARE_TEAM",
                    provider.getName() + " is on this patient's care team already");
        }
        return join(patientId, provider, role, "added as " + role);
    }

    /** The front desk or ADMIN ends a membership; it stays on record as ended, by whom and when. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public CareTeamMember end(long patientId, long memberId) {
        refuseClinicians(patientId, false);
        CareTeamMember member = em.find(CareTeamMember.class, memberId);
        if (member == null || member.getPatientId() != patientId) {
            throw new NotFound("care team member");
        }
        member.end(currentUser.username(), clock.instant());
        audit.record(AuditAction.CARE_TEAM_CHANGED, patientId, member.getProvider().getName() + " ("
                + member.getRole() + ") ended");
        return member;
    }

    /**
     * Called by the calendar before it books visits with these clinicians: a clinician books only for a patient in
     * their care and adds no one; the front desk's (or ADMIN's) booking puts each clinician on the team as TREATING.
     */
    public void booking(long patientId, Collection<Long> providerIds) {
        if (currentUser.is(Role.CLINICIAN)) {
            requireCurrentClinicianInCare(patientId, AuditAction.APPOINTMENT_BOOKED);
            return;
        }
        if (currentUser.is(Role.FRONT_DESK) || currentUser.is(Role.ADMIN)) {
            new LinkedHashSet<>(providerIds).forEach(id -> joinIfAbsent(patientId, id, CareRole.TREATING,
                    "booked by the front desk"));
        }
    }

    /** A referral or order addressed to a clinician of the clinic puts them on the team as CONSULTING. */
    public void addressedTo(long patientId, long providerId) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null || !provider.isActive()) {
            throw new InvalidInput("clinicianId", "No active clinician of the clinic with this id");
        }
        joinIfAbsent(patientId, providerId, CareRole.CONSULTING, "addressed a referral or order");
    }

    /** Refuses a clinician who is not on the patient's care team today (booking is no way onto it). */
    public void requireCurrentClinicianInCare(long patientId, AuditAction action) {
        if (currentUser.is(Role.CLINICIAN) && !includesCurrentClinician(patientId)) {
            audit.refused(action, patientId, "not on the patient's care team");
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_IN_CARE",
                    "Only clinicians on this patient's care team may do this; the front desk books the first visit");
        }
    }

    /** Whether the signed-in clinician is on the patient's team today. */
    public boolean includesCurrentClinician(long patientId) {
        return currentUser.providerId().map(provider -> activeMembership(patientId, provider) != null)
                .orElse(false);
    }

    /** The patients whose teams the signed-in clinician is on today. */
    public Set<Long> patientsOfCurrentClinician() {
        Long provider = currentUser.providerId().orElse(null);
        if (provider == null) {
            return Set.of();
        }
        Map<Long, LocalDate> lastVisits = visits.lastVisitsWith(provider);
        LocalDate today = today();
        return em.createQuery("select m from CareTeamMember m where m.provider.id = :provider"
                        + " and m.endedAt is null", CareTeamMember.class)
                .setParameter("provider", provider).getResultStream()
                .filter(m -> m.isActiveOn(today, lastVisits.get(m.getPatientId()), lapseDays, clock.getZone()))
                .map(CareTeamMember::getPatientId).collect(Collectors.toSet());
    }

    private void joinIfAbsent(long patientId, long providerId, CareRole role, String why) {
        if (activeMembership(patientId, providerId) == null) {
            Provider provider = em.find(Provider.class, providerId);
            if (provider != null) {
                join(patientId, provider, role, why);
            }
        }
    }

    private CareTeamMember join(long patientId, Provider provider, CareRole role, String why) {
        CareTeamMember member = new CareTeamMember(patientId, provider, role, currentUser.username(),
                clock.instant());
        em.persist(member);
        audit.record(AuditAction.CARE_TEAM_CHANGED, patientId, provider.getName() + " joined as " + role + ": " + why);
        return member;
    }

    /** The membership that holds today, if any (a lapsed one does not). */
    private CareTeamMember activeMembership(long patientId, long providerId) {
        List<CareTeamMember> open = em.createQuery("select m from CareTeamMember m where m.patientId = :p"
                        + " and m.provider.id = :provider and m.endedAt is null", CareTeamMember.class)
                .setParameter("p", patientId).setParameter("provider", providerId).getResultList();
        if (open.isEmpty()) {
            return null;
        }
        LocalDate last = visits.lastVisitsOf(patientId).get(providerId);
        LocalDate today = today();
        return open.stream().filter(m -> m.isActiveOn(today, last, lapseDays, clock.getZone())).findFirst()
                .orElse(null);
    }

    private List<CareTeamMember> memberships(long patientId) {
        return em.createQuery("select m from CareTeamMember m join fetch m.provider where m.patientId = :p",
                        CareTeamMember.class)
                .setParameter("p", patientId).getResultList();
    }

    private void refuseClinicians(long patientId, boolean themselves) {
        if (!currentUser.is(Role.CLINICIAN)) {
            return;
        }
        audit.refused(AuditAction.CARE_TEAM_CHANGED, patientId, themselves ? "self-assignment" : "clinician");
        if (themselves) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "SELF_ASSIGNMENT",
                    "A clinician cannot put themselves on a care team; the front desk or an administrator does");
        }
        throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN",
                "Only the front desk or an administrator changes a care team");
    }

    private void patient(long patientId) {
        if (em.find(Patient.class, patientId) == null) {
            throw new NotFound("patient");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
