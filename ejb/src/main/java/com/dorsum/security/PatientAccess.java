package com.dorsum.security;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may reach which patient's data: staff may reach every patient (what they see is limited by role elsewhere);
 * a patient reaches only their own record. A refusal is audited and reads as "not found", so a patient cannot
 * even learn that another patient's record exists.
 */
@RequestScoped
public class PatientAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    public void check(long patientId, AuditAction action) {
        if (currentUser.isStaff()) {
            return;
        }
        if (currentUser.ownPatientId().filter(own -> own == patientId).isPresent()) {
            return;
        }
        audit.refused(action, patientId, "not the caller's own record");
        throw new NotFound("patient");
    }

    /** For reads across patients (a provider's calendar, a worklist): staff only. */
    public void requireStaff(AuditAction action) {
        if (!currentUser.isStaff()) {
            audit.refused(action, null, "staff only");
            throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN", "Only clinic staff may see this");
        }
    }
}
