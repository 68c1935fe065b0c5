package com.dorsum.scheduling;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import com.dorsum.scheduling.SlotClaims.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the calendar: the booking rules for a range of days, the appointments in a range, who is busy when, and
 * the providers, rooms and durations a therapy is booked with.
 */
@ApplicationScoped
public class Calendar {

    private static final String ACTIVE = " and a.status in (com.dorsum.scheduling.AppointmentStatus.BOOKED,"
            + " com.dorsum.scheduling.AppointmentStatus.CHECKED_IN)";
    private static final String IN_DAYS = " and a.start >= :from and a.start < :to" + ACTIVE;

    @PersistenceContext
    EntityManager em;

    /** How far ahead visits are booked (R5 with the {@link BookingWindow}): two years unless configured. */
    @Inject
    @ConfigProperty(name = "clinic.booking.horizon-days", defaultValue = "" + BookingWindow.DEFAULT_HORIZON_DAYS)
    int horizonDays;

    @Inject
    Clock clock;

    /** The window of this moment: from now to the horizon. */
    public BookingWindow window() {
        return new BookingWindow(LocalDateTime.now(clock), horizonDays);
    }

    public BookingRules rulesFor(LocalDate from, LocalDate to) {
        Map<DayOfWeek, ClinicHours> hours = em.createQuery("select h from ClinicHours h", ClinicHours.class)
                .getResultStream().collect(Collectors.toMap(ClinicHours::getDayOfWeek, Function.identity()));
        List<LocalDate> holidays = em.createQuery(
                        "select h.day from ClinicHoliday h where h.day between :from and :to", LocalDate.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<ProviderAbsence> absences = em.createQuery("select a from ProviderAbsence a"
                        + " where a.lastDay >= :from and a.firstDay <= :to", ProviderAbsence.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return new BookingRules(hours, new HashSet<>(holidays), absences, window());
    }

    /**
     * Appointments overlapping [from, to), optionally of one provider and/or patient, in time order. Only
     * booked and checked-in ones unless {@code includeInactive}.
     */
    public List<Appointment> appointments(Long providerId, Long patientId, LocalDateTime from, LocalDateTime to,
                                          boolean includeInactive) {
        return appointments(providerId, patientId, null, from, to, includeInactive);
    }

    /** As {@link #appointments(Long, Long, LocalDateTime, LocalDateTime, boolean)}, optionally of one room too. */
    public List<Appointment> appointments(Long providerId, Long patientId, Long roomId, LocalDateTime from,
                                          LocalDateTime to, boolean includeInactive) {
        StringBuilder jpql = new StringBuilder("select a from Appointment a where a.start < :to and a.end > :from");
        if (providerId != null) {
            jpql.append(" and a.providerId = :provider");
        }
        if (patientId != null) {
            jpql.append(" and a.patientId = :patient");
        }
        if (roomId != null) {
            jpql.append(" and a.roomId = :room");
        }
        if (!includeInactive) {
            jpql.append(ACTIVE);
        }
        var query = em.createQuery(jpql.append(" order by a.start, a.id").toString(), Appointment.class)
                .setParameter("from", from).setParameter("to", to);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        if (patientId != null) {
            query.setParameter("patient", patientId);
        }
        if (roomId != null) {
            query.setParameter("room", roomId);
        }
        return query.getResultList();
    }

    /**
     * Who is booked on the days from {@code from} to {@code to}: the providers, the patient and (when given) every
     * booking of the rooms, in one statement (each part one range scan of its covering index). Appointments lie
     * within one day, so those starting within the days are all that touch them.
     */
    public Occupancy occupancy(Collection<Long> providerIds, long patientId, Collection<Long> roomIds, LocalDate from,
                               LocalDate to) {
        StringBuilder hql = new StringBuilder("select 'PATIENT', a.patientId, a.start, a.end from Appointment a"
                + " where a.patientId = :patient" + IN_DAYS);
        if (!providerIds.isEmpty()) {
            hql.append(" union all select 'PROVIDER', a.providerId, a.start, a.end from Appointment a"
                    + " where a.providerId in :providers").append(IN_DAYS);
        }
        if (!roomIds.isEmpty()) {
            hql.append(" union all select 'ROOM', a.roomId, a.start, a.end from Appointment a"
                    + " where a.roomId in :rooms").append(IN_DAYS);
        }
        var query = em.createQuery(hql.toString(), Object[].class).setParameter("patient", patientId)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay());
        if (!providerIds.isEmpty()) {
            query.setParameter("providers", providerIds);
        }
        if (!roomIds.isEmpty()) {
            query.setParameter("rooms", roomIds);
        }
        Occupancy occupancy = new Occupancy();
        book(occupancy, query.getResultList());
        return roomIds.isEmpty() ? occupancy : occupancy.withAllRooms();
    }

    /**
     * Adds the bookings of the rooms that overlap the given times, in one statement (a short index range per room
     * and time: no visit is longer than {@link VisitType#MAX_MINUTES}).
     */
    public void addRoomBookings(Occupancy occupancy, Collection<Long> roomIds, Collection<TimeSlot> times) {
        if (roomIds.isEmpty() || times.isEmpty()) {
            return;
        }
        StringBuilder overlapping = new StringBuilder();
        int i = 0;
        for (TimeSlot ignored : times) {
            overlapping.append(i == 0 ? "" : " or ").append("(a.start > :after").append(i).append(" and a.start < :end")
                    .append(i).append(" and a.end > :start").append(i).append(")");
            i++;
        }
        var query = em.createQuery("select 'ROOM', a.roomId, a.start, a.end from Appointment a where a.roomId in :rooms"
                + ACTIVE + " and (" + overlapping + ")", Object[].class).setParameter("rooms", roomIds);
        i = 0;
        for (TimeSlot time : times) {
            query.setParameter("after" + i, time.start().minusMinutes(VisitType.MAX_MINUTES))
                    .setParameter("end" + i, time.end()).setParameter("start" + i, time.start());
            i++;
        }
        book(occupancy, query.getResultList());
        occupancy.withRoomsAt(times);
    }

    private static void book(Occupancy occupancy, List<Object[]> rows) {
        for (Object[] row : rows) {
            occupancy.book(Resource.valueOf((String) row[0]), ((Number) row[1]).longValue(),
                    new TimeSlot((LocalDateTime) row[2], (LocalDateTime) row[3]));
        }
    }

    /** The active providers of a discipline in name order, with their working hours. */
    public List<Provider> providersOf(Discipline discipline) {
        return em.createQuery("select distinct p from Provider p left join fetch p.weeklyHours"
                        + " where p.discipline = :d and p.active = true order by p.name, p.id", Provider.class)
                .setParameter("d", discipline).getResultList();
    }

    /** The rooms in use that suit a kind of visit, in name order. */
    public List<Room> roomsFor(VisitKind kind) {
        return em.createQuery("select distinct r from Room r join fetch r.suitableKinds"
                        + " where r.active = true and :kind member of r.suitableKinds order by r.name", Room.class)
                .setParameter("kind", kind).getResultList();
    }

    /** How long a visit of this kind is booked for (its visit type). */
    public int minutesOf(VisitKind kind) {
        return em.createQuery("select v.durationMinutes from VisitType v where v.kind = :k", Integer.class)
                .setParameter("k", kind).getSingleResult();
    }
}
