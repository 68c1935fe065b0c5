package com.dorsum.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.StringJoiner;

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
        StringJoiner values = new StringJoiner(", ");
        for (LocalDateTime step : appointment.slot().gridSteps()) {
            String at = "'" + Timestamp.valueOf(step) + "'";
            values.add("('PROVIDER', " + appointment.getProviderId() + ", " + at + ", " + appointment.getId() + ")");
            values.add("('PATIENT', " + appointment.getPatientId() + ", " + at + ", " + appointment.getId() + ")");
            values.add("('ROOM', " + appointment.getRoomId() + ", " + at + ", " + appointment.getId() + ")");
        }
        try {
            em.createNativeQuery("insert into slot_claim (resource, resource_id, step, appointment_id) values "
                    + values).executeUpdate();
        } catch (PersistenceException taken) {
            throw new SlotTaken("The time " + appointment.getStart().toLocalTime() + "-"
                    + appointment.getEnd().toLocalTime() + " on " + appointment.getStart().toLocalDate()
                    + " is already booked for the provider, the patient or the room",
                    Map.of("start", appointment.getStart().toString()));
        }
    }

    public void release(Appointment appointment) {
        em.createNativeQuery("delete from slot_claim where appointment_id = :id")
                .setParameter("id", appointment.getId()).executeUpdate();
    }
}
