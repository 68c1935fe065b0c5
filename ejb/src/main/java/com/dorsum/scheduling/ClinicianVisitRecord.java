package com.dorsum.scheduling;

import com.dorsum.care.ClinicianVisits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The calendar's answer to the care teams (R19): the latest visit, not cancelled nor missed, per clinician. */
@ApplicationScoped
public class ClinicianVisitRecord implements ClinicianVisits {

    private static final List<AppointmentStatus> GONE = List.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, LocalDate> lastVisitsOf(long patientId) {
        return latest("a.providerId", "a.patientId = :id", patientId);
    }

    @Override
    public Map<Long, LocalDate> lastVisitsWith(long providerId) {
        return latest("a.patientId", "a.providerId = :id", providerId);
    }

    private Map<Long, LocalDate> latest(String key, String filter, long id) {
        return em.createQuery("select " + key + ", max(a.start) from Appointment a where " + filter
                        + " and a.status not in :gone group by " + key, Object[].class)
                .setParameter("id", id).setParameter("gone", GONE).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((LocalDateTime) row[1]).toLocalDate()));
    }
}
