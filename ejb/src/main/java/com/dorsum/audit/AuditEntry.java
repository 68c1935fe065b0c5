package com.dorsum.audit;

import com.dorsum.security.Role;

import java.time.Instant;

/** An audit record as ADMIN reads it, with the patient named by MRN and name rather than internal id. */
public record AuditEntry(long id, Instant at, String user, Role role, String clientAddress, AuditAction action,
                         Long patientId, String mrn, String patientName, AuditOutcome outcome, String detail) {
}
