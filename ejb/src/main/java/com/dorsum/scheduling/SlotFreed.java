package com.dorsum.scheduling;

/**
 * A booked time became free again (a cancellation, or a session moved away): the waitlist may offer it to a
 * patient waiting for that therapy at that time of day. Fired within the change's transaction.
 */
public record SlotFreed(long patientId, long providerId, VisitKind kind, TimeSlot slot) {

    static SlotFreed of(Appointment appointment, TimeSlot slot) {
        return new SlotFreed(appointment.getPatientId(), appointment.getProviderId(), appointment.getKind(), slot);
    }
}
