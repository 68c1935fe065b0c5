package com.dorsum.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the calendar: the booking rules for a range of days, and the appointments in a range. */
@ApplicationScoped
public class Calendar {

    @PersistenceContext
    EntityManager em;

    public BookingRules rulesFor(LocalDate from, LocalDate to) {
        Map<DayOfWeek, ClinicHours> hours = em.createQuery("select h from ClinicHours h", ClinicHours.class)
                .getResultStream().collect(Collectors.toMap(ClinicHours::getDayOfWeek, Function.identity()));
        List<LocalDate> holidays = em.createQuery(
                        "select h.day from ClinicHoliday h where h.day between :from and :to", LocalDate.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<ProviderAbsence> absences = em.createQuery("select a from ProviderAbsence a"
                        + " where a.lastDay >= :from and a.firstDay <= :to", ProviderAbsence.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return new BookingRules(hours, new HashSet<>(holidays), absences);
    }

    /**
     * Appointments overlapping [from, to), optionally of one provider and/or patient, in time order. Only
     * booked and checked-in ones unless {@code includeInactive}.
     */
    public List<Appointment> appointments(Long providerId, Long patientId, LocalDateTime from, LocalDateTime to,
                                          boolean includeInactive) {
        StringBuilder jpql = new StringBuilder("select a from Appointment a where a.start < :to and a.end > :from");
        if (providerId != null) {
            jpql.append(" and a.providerId = :provider");
        }
        if (patientId != null) {
            jpql.append(" and a.patientId = :patient");
        }
        if (!includeInactive) {
            jpql.append(" and a.status in (com.dorsum.scheduling.AppointmentStatus.BOOKED,"
                    + " com.dorsum.scheduling.AppointmentStatus.CHECKED_IN)");
        }
        var query = em.createQuery(jpql.append(" order by a.start, a.id").toString(), Appointment.class)
                .setParameter("from", from).setParameter("to", to);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        if (patientId != null) {
            query.setParameter("patient", patientId);
        }
        return query.getResultList();
    }
}
