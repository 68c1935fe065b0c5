package com.dorsum.injections;

import java.time.LocalDate;

/** One line of the clinicians' injection dashboard: a patient in care, the allowance today, the last relief. */
public record InjectionPatientSummary(long patientId, String mrn, String name, int inLastSixMonths, int remaining,
                                      LocalDate nextEligibleDate, LocalDate lastInjection, LocalDate nextBooked,
                                      Relief lastRelief) {
}
