package com.dorsum.api.portal;

import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.Visit;
import com.dorsum.scheduling.VisitKind;

import java.time.LocalDateTime;

/**
 * An appointment as the patient reads it: the Appointment shape (API.md) plus what, with whom and where, whether
 * it can still be changed without cost, and what became of the patient's last request about it.
 */
public record MyVisitDto(long id, long patientId, long providerId, long roomId, VisitKind kind, Long courseId,
                         LocalDateTime start, LocalDateTime end, AppointmentStatus status, String what,
                         String providerName, String roomName, boolean freeToChange, String request) {

    public static MyVisitDto of(Visit visit) {
        Appointment a = visit.appointment();
        return new MyVisitDto(a.getId(), a.getPatientId(), a.getProviderId(), a.getRoomId(), a.getKind(), null,
                a.getStart().withNano(0), a.getEnd().withNano(0), a.getStatus(), visit.what(), visit.providerName(),
                visit.roomName(), visit.freeToChange(), visit.request() == null ? null : visit.request().forPatient());
    }
}
