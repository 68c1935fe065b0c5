package com.dorsum.injections;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentChanged;
import com.dorsum.scheduling.VisitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps injections in step with their appointments in the shared calendar, whichever door a change comes through
 * (the injection screens and API, or the calendar's own): an appointment of kind INJECTION is only booked for an
 * injection waiting for its slot; moving it moves the injection under the limit (R6, refused like any booking);
 * cancelling it cancels the injection.
 */
@ApplicationScoped
public class InjectionCalendar {

    @Inject
    InjectionHistories histories;

    @Inject
    AuditTrail audit;

    void follow(@Observes AppointmentChanged changed) {
        Appointment appointment = changed.appointment();
        if (appointment.getKind() != VisitKind.INJECTION) {
            return;
        }
        InjectionHistory history = histories.lock(appointment.getPatientId());
        switch (changed.change()) {
            case BOOKED -> placed(history, appointment);
            case MOVED -> moved(history, appointment);
            case CANCELLED -> cancelled(history, appointment, appointment.getCancelReason());
            // An injection the patient did not come for was never given: it no longer counts towards R6.
            case NO_SHOW -> cancelled(history, appointment, "the patient did not come");
        }
    }

    private void placed(InjectionHistory history, Appointment appointment) {
        Injection waiting = history.injections().stream()
                .filter(i -> i.isAwaitingSlot() && i.getStart().equals(appointment.getStart()))
                .findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.RULE, "BOOK_AS_INJECTION",
                        "A facet-joint injection is booked as an injection, with its level and side, so that the"
                                + " limit of three in six months (R6) is checked: use the patient's Injections tab"
                                + " or POST /patients/{id}/injections"));
        waiting.placedIn(appointment.getId());
    }

    private void moved(InjectionHistory history, Appointment appointment) {
        Injection injection = of(history, appointment);
        try {
            history.move(injection, appointment.getStart());
        } catch (FacetInjectionLimitExceeded refused) {
            audit.refused(AuditAction.INJECTION_MOVED, appointment.getPatientId(), refused.getMessage());
            throw refused;
        }
        audit.record(AuditAction.INJECTION_MOVED, appointment.getPatientId(),
                "injection " + injection.getId() + " to " + appointment.getStart());
    }

    private void cancelled(InjectionHistory history, Appointment appointment, String reason) {
        Injection injection = of(history, appointment);
        history.cancel(injection, reason);
        audit.record(AuditAction.INJECTION_CANCELLED, appointment.getPatientId(),
                "injection " + injection.getId() + ": " + reason);
    }

    private static Injection of(InjectionHistory history, Appointment appointment) {
        return history.injections().stream().filter(i -> appointment.getId().equals(i.getAppointmentId()))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "injection appointment " + appointment.getId() + " has no injection"));
    }
}
