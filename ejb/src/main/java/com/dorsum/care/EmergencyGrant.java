package com.dorsum.care;

import java.time.Instant;

/** Break-glass access opened: until when it lasts. */
public record EmergencyGrant(long id, long patientId, EmergencyReason reason, Instant until) {
}
