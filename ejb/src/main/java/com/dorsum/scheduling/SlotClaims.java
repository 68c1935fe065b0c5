package com.dorsum.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * The database's guard against double booking (R5). A booked appointment claims every five-minute step of its
 * time for its provider, its patient and its room; the primary key (resource, id, step) lets only one claim
 * exist, so of two bookings racing for the same time exactly one commits, whatever the Java checks saw.
 */
@ApplicationScoped
public class SlotClaims {

    enum Resource { PROVIDER, PATIENT, ROOM }

    @PersistenceContext
    EntityManager em;

    /** Claims the appointment's time; refuses with {@link SlotTaken} if anything is already claimed. */
    public void claim(Appointment appointment) {
        claim(List.of(appointment), "The time " + appointment.getStart().toLocalTime() + "-"
                + appointment.getEnd().toLocalTime() + " on " + appointment.getStart().toLocalDate()
                + " is already booked for the provider, the patient or the room");
    }

    /**
     * Claims the time of several appointments (a course's sessions) in one statement: all or, with
     * {@link SlotTaken}, none. Rows go in key order, so two such claims racing lock in the same order.
     */
    public void claimAll(Collection<Appointment> appointments) {
        claim(appointments, "One of the times was booked for the provider, the patient or the room a moment ago;"
                + " plan the course again");
    }

    private void claim(Collection<Appointment> appointments, String refusal) {
        record Claim(Resource resource, long id, LocalDateTime step, long appointmentId) {
        }
        StringJoiner values = new StringJoiner(", ");
        appointments.stream().flatMap(a -> a.slot().gridSteps().stream().flatMap(step -> Stream.of(
                        new Claim(Resource.PROVIDER, a.getProviderId(), step, a.getId()),
                        new Claim(Resource.PATIENT, a.getPatientId(), step, a.getId()),
                        new Claim(Resource.ROOM, a.getRoomId(), step, a.getId()))))
                .sorted(Comparator.comparing((Claim c) -> c.resource().name()).thenComparingLong(Claim::id)
                        .thenComparing(Claim::step))
                .forEach(c -> values.add("('" + c.resource() + "', " + c.id() + ", '" + Timestamp.valueOf(c.step())
                        + "', " + c.appointmentId() + ")"));
        Appointment first = appointments.iterator().next();
        try {
            em.createNativeQuery("insert into slot_claim (resource, resource_id, step, appointment_id) values "
                    + values).executeUpdate();
        } catch (PersistenceException taken) {
            throw new SlotTaken(refusal, Map.of("start", first.getStart().toString()));
        }
    }

    public void release(Appointment appointment) {
        releaseAll(List.of(appointment));
    }

    public void releaseAll(Collection<Appointment> appointments) {
        if (!appointments.isEmpty()) {
            em.createNativeQuery("delete from slot_claim where appointment_id in (:ids)")
                    .setParameter("ids", appointments.stream().map(Appointment::getId).toList()).executeUpdate();
        }
    }
}
