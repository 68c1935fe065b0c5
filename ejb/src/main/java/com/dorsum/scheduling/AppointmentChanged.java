package com.dorsum.scheduling;

/**
 * An appointment was booked, moved or cancelled, announced inside the transaction before it commits. A capability
 * whose visits carry rules of their own (facet-joint injections, R6) observes it to keep its records in step and
 * may refuse the change by throwing a {@code DomainException}, which rolls the whole change back, whichever door
 * (the calendar or the capability's own screens) it came through.
 */
public record AppointmentChanged(Appointment appointment, Change change) {

    /** NO_SHOW: the patient did not come, so the visit neither took place nor holds its time any more. */
    public enum Change { BOOKED, MOVED, CANCELLED, NO_SHOW }
}
