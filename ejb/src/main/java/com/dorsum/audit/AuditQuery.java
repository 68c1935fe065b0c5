package com.dorsum.audit;

import java.time.LocalDate;

/** What an ADMIN searches the audit trail by; every part is optional. */
public record AuditQuery(Long patientId, String username, LocalDate from, LocalDate to) {
}
