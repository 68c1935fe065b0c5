package com.dorsum.care;

import java.time.LocalDate;
import java.util.Map;

/**
 * The visits a care team lapses by (R19), from the calendar: the day of the latest visit (booked, checked in or
 * done; not cancelled, not missed) of a patient with each clinician. Implemented by scheduling.
 */
public interface ClinicianVisits {

    /** Provider id to the day of their latest visit with the patient. */
    Map<Long, LocalDate> lastVisitsOf(long patientId);

    /** Patient id to the day of their latest visit with the provider. */
    Map<Long, LocalDate> lastVisitsWith(long providerId);
}
