package com.dorsum.care;

import java.time.Instant;

/** One emergency access on ADMIN's review list (R20): who opened which patient's record, why, and its review. */
public record EmergencyReviewItem(long id, Instant at, String clinician, long patientId, String mrn,
                                  String patientName, EmergencyReason reason, String note, Instant until,
                                  boolean reviewed, String reviewedBy, Instant reviewedAt, String reviewNote) {
}
