package com.dorsum.api.scheduling;

import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.PlannedSession;

import java.time.LocalDateTime;

/** A session of a course: booked (with its appointment) or proposed (appointmentId and status absent). */
public record SessionDto(Long appointmentId, int week, LocalDateTime start, LocalDateTime end, long providerId,
                         long roomId, AppointmentStatus status) {

    static SessionDto of(PlannedSession s) {
        return new SessionDto(null, s.week() + 1, s.slot().start(), s.slot().end(), s.providerId(), s.roomId(), null);
    }

    static SessionDto of(Appointment a, int week) {
        return new SessionDto(a.getId(), week, a.getStart().withNano(0), a.getEnd().withNano(0), a.getProviderId(),
                a.getRoomId(), a.getStatus());
    }
}
