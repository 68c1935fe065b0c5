package com.dorsum.api.scheduling;

import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.VisitKind;

import java.time.LocalDateTime;

/**
 * An appointment as the API shows it (API.md, "Shapes"); courseId is null for a single visit, lateCancellation
 * true for one cancelled less than 24 hours ahead.
 */
public record AppointmentDto(long id, long patientId, long providerId, long roomId, VisitKind kind, Long courseId,
                             LocalDateTime start, LocalDateTime end, AppointmentStatus status,
                             boolean lateCancellation) {

    public static AppointmentDto of(Appointment a) {
        return new AppointmentDto(a.getId(), a.getPatientId(), a.getProviderId(), a.getRoomId(), a.getKind(),
                a.getCourseId(), a.getStart().withNano(0), a.getEnd().withNano(0), a.getStatus(),
                a.isLateCancellation());
    }
}
