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
        return nameOf(appointment.getKind());
    }

    /** A kind of visit as patients read it. */
    public static String nameOf(VisitKind kind) {
        return switch (kind) {
            case CBT -> "Cognitive-behavioural therapy";
            case INJECTION -> "Facet-joint injection";
            case REVIEW -> "Review";
            default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase();
        };
    }

    /** Whether the patient may ask to change it: booked, not yet begun, no request waiting. */
    public boolean changeable(LocalDateTime now) {
        return appointment.getStatus() == AppointmentStatus.BOOKED && appointment.getStart().isAfter(now)
                && (request == null || request.getStatus() != VisitChangeRequest.Status.WAITING);
    }
}
