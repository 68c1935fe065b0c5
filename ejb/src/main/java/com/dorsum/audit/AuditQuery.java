package com.dorsum.audit;

import java.time.LocalDate;

/**
 * What an ADMIN searches the audit trail by; every part is optional. The patient is found as the patient search
 * finds them: by MRN, birth date or name.
 */
public record AuditQuery(String patient, String username, AuditAction action, LocalDate from, LocalDate to) {

    boolean namesPatient() {
        return patient != null && !patient.isBlank();
    }
}
