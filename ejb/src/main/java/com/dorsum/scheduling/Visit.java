package com.dorsum.scheduling;

import java.time.LocalDateTime;

/**
 * An appointment as the patient sees it: with whom and where, whether they may still change it themselves
 * ({@link ChangeWindow}), and their latest request about it, if any.
 */
public record Visit(Appointment appointment, String providerName, String roomName, boolean freeToChange,
                    VisitChangeRequest request) {

    /** What the visit is for, in words: "Physiotherapy", "Facet-joint injection". */
    public String what() {
        return switch (appointment.getKind()) {
            case CBT -> "Cognitive-behavioural therapy";
            case INJECTION -> "Facet-joint injection";
            case REVIEW -> "Review";
            default -> appointment.getKind().name().charAt(0) + appointment.getKind().name().substring(1).toLowerCase();
        };
    }

    /** Whether the patient may ask to change it: booked, not yet begun, no request waiting. */
    public boolean changeable(LocalDateTime now) {
        return appointment.getStatus() == AppointmentStatus.BOOKED && appointment.getStart().isAfter(now)
                && (request == null || request.getStatus() != VisitChangeRequest.Status.WAITING);
    }
}
