package com.dorsum.care;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.DomainException;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * The one door to a patient's clinical content (R19-R21): the patient reaches their own; a clinician only while on
 * the care team, or during break-glass access, every use of which is audited as emergency access; outside both, a
 * clinician is refused with {@code NOT_IN_CARE} and told break-glass is possible. The front desk and ADMIN get the
 * {@link Sight#SCHEDULING} sight, which each capability's read model shapes, and are refused the content itself.
 * Every refusal is audited with the patient.
 */
@RequestScoped
public class ClinicalAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    PatientAccess patientAccess;

    @Inject
    CareTeams careTeams;

    @Inject
    BreakGlass breakGlass;

    @Inject
    AuditTrail audit;

    /** Per request: the screens of one patient page ask several times. */
    private final Map<Long, Boolean> inCare = new HashMap<>();

    /** What the caller may see of the patient's clinical capabilities; refuses a clinician outside the team. */
    public Sight sight(long patientId, AuditAction action) {
        if (currentUser.is(Role.CLINICIAN)) {
            requireCare(patientId, action);
            return Sight.CLINICAL;
        }
        if (currentUser.isStaff()) {
            return Sight.SCHEDULING;
        }
        patientAccess.check(patientId, action);
        return Sight.CLINICAL;
    }

    /** The clinical content itself: the patient's own, or a clinician in care (or with emergency access). */
    public void require(long patientId, AuditAction action) {
        if (!sight(patientId, action).clinical()) {
            audit.refused(action, patientId, "clinical content: not for the front desk or ADMIN (R21)");
            throw new DomainException(DomainException.Kind.FORBIDDEN, "CLINICAL_CONTENT",
                    "Clinical content is for the clinicians caring for the patient");
        }
    }

    /** Whether the signed-in clinician may open the patient's clinical content now, without being refused. */
    public boolean mayOpen(long patientId) {
        return inCare(patientId) || breakGlass.openForCurrentUser(patientId).isPresent();
    }

    private void requireCare(long patientId, AuditAction action) {
        if (inCare(patientId)) {
            return;
        }
        var emergency = breakGlass.openForCurrentUser(patientId);
        if (emergency.isPresent()) {
            audit.record(AuditAction.EMERGENCY_ACCESS, patientId, action + " under emergency access "
                    + emergency.get().getId() + " (" + emergency.get().getReason() + ")");
            return;
        }
        audit.refused(action, patientId, "not on the patient's care team");
        throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_IN_CARE",
                "You are not on this patient's care team; open emergency access with a reason if you must",
                Map.of("emergencyAccess", true));
    }

    private boolean inCare(long patientId) {
        return inCare.computeIfAbsent(patientId, careTeams::includesCurrentClinician);
    }
}
