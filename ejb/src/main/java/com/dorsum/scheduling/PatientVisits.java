package com.dorsum.scheduling;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.NotFound;
import com.dorsum.referrals.Letterhead;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A patient's visits as the portal shows them: history and upcoming visits with provider and room, whether the
 * patient may still change them, and the visits as an iCalendar file, either signed in or through the secret link of
 * a calendar subscription ({@link CalendarFeed}). Reads go through the {@link AppointmentBook}, which checks that a
 * patient sees only their own visits and audits the read.
 */
@Stateless
public class PatientVisits {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppointmentBook book;

    @Inject
    Calendar calendar;

    @Inject
    PatientAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Letterhead letterhead;

    @Inject
    Clock clock;

    /** Visits between two days (from inclusive, to exclusive), cancelled ones too, in time order. */
    @RolesAllowed({Role.PATIENT_NAME, Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public List<Visit> visits(long patientId, LocalDate from, LocalDate to) {
        return describe(book.appointments(null, patientId, from.atStartOfDay(), to.atStartOfDay()));
    }

    /** One visit; another patient's reads as not found, and the attempt is audited. */
    @RolesAllowed({Role.PATIENT_NAME, Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public Visit visit(long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null) {
            throw new NotFound("appointment");
        }
        access.check(appointment.getPatientId(), AuditAction.APPOINTMENTS_VIEWED);
        audit.record(AuditAction.APPOINTMENTS_VIEWED, appointment.getPatientId(), "appointment " + appointmentId);
        return describe(List.of(appointment)).get(0);
    }

    /** The next booked visits, soonest first. */
    @RolesAllowed({Role.PATIENT_NAME, Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    public List<Visit> upcoming(long patientId, int limit) {
        return describe(upcomingAppointments(patientId).stream().limit(limit).toList());
    }

    /** The signed-in patient's coming year of visits as an iCalendar file. */
    @RolesAllowed(Role.PATIENT_NAME)
    public String calendarFile(long patientId) {
        return calendarFile(upcomingAppointments(patientId));
    }

    /** A new secret link for a calendar subscription; the old one stops working. Shown only now. */
    @RolesAllowed(Role.PATIENT_NAME)
    public String renewFeed(long patientId) {
        access.check(patientId, AuditAction.CALENDAR_FEED_RENEWED);
        Optional<CalendarFeed> existing = feedOf(patientId);
        CalendarFeed feed = existing.orElseGet(() -> new CalendarFeed(patientId));
        String token = feed.renew();
        if (existing.isEmpty()) {
            em.persist(feed);
        }
        audit.record(AuditAction.CALENDAR_FEED_RENEWED, patientId, null);
        return token;
    }

    /** What a calendar app subscribed to a patient's link reads; an unknown or replaced link finds nothing. */
    @PermitAll
    public String calendarFileByToken(String token) {
        CalendarFeed feed = em.createQuery("select f from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
                .setParameter("h", CalendarFeed.hash(token == null ? "" : token))
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("calendar"));
        LocalDateTime now = LocalDateTime.now(clock);
        List<Appointment> coming = calendar.appointments(null, feed.getPatientId(), now, now.plusYears(1), false);
        audit.record(AuditAction.CALENDAR_FEED_READ, feed.getPatientId(), coming.size() + " visits, subscription");
        return calendarFile(coming);
    }

    private Optional<CalendarFeed> feedOf(long patientId) {
        return em.createQuery("select f from CalendarFeed f where f.patientId = :p", CalendarFeed.class)
                .setParameter("p", patientId).getResultStream().findFirst();
    }

    private List<Appointment> upcomingAppointments(long patientId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return book.appointments(null, patientId, now, now.plusYears(1)).stream()
                .filter(Appointment::isActive).filter(a -> a.getStart().isAfter(now)).toList();
    }

    private String calendarFile(List<Appointment> appointments) {
        Map<Long, String> providers = names("Provider", appointments.stream().map(Appointment::getProviderId).toList());
        Map<Long, String> rooms = names("Room", appointments.stream().map(Appointment::getRoomId).toList());
        List<VisitCalendar.Event> events = appointments.stream().map(a -> {
            Visit visit = new Visit(a, providers.get(a.getProviderId()), rooms.get(a.getRoomId()), false, null);
            return new VisitCalendar.Event("appointment-" + a.getId() + "@dorsum-clinic", a.getUpdatedAt(),
                    a.getStart(), a.getEnd(), visit.what() + " with " + visit.providerName(),
                    visit.roomName() + ", " + letterhead.clinicName() + ", " + letterhead.address(),
                    "To cancel or move this visit, use the patient portal or call " + letterhead.phone()
                            + ". Free of charge up to 24 hours before.");
        }).toList();
        return VisitCalendar.write(letterhead.clinicName(), clock.getZone(), clock.instant(), events);
    }

    private List<Visit> describe(List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            return List.of();
        }
        Map<Long, String> providers = names("Provider", appointments.stream().map(Appointment::getProviderId).toList());
        Map<Long, String> rooms = names("Room", appointments.stream().map(Appointment::getRoomId).toList());
        Map<Long, VisitChangeRequest> requests = em.createQuery("select r from VisitChangeRequest r"
                        + " where r.appointmentId in :ids order by r.askedAt, r.id", VisitChangeRequest.class)
                .setParameter("ids", appointments.stream().map(Appointment::getId).toList()).getResultStream()
                .collect(Collectors.toMap(VisitChangeRequest::getAppointmentId, Function.identity(), (a, b) -> b));
        LocalDateTime now = LocalDateTime.now(clock);
        return appointments.stream().map(a -> new Visit(a, providers.get(a.getProviderId()), rooms.get(a.getRoomId()),
                ChangeWindow.isFree(a.getStart(), now), requests.get(a.getId()))).toList();
    }

    /** Names of providers or rooms by id, in one query. */
    private Map<Long, String> names(String entity, List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select e.id, e.name from " + entity + " e where e.id in :ids", Object[].class)
                    .setParameter("ids", ids.stream().distinct().toList()).getResultStream()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
