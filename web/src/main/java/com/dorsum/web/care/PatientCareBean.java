package com.dorsum.web.care;

import com.dorsum.care.BreakGlass;
import com.dorsum.care.CareRole;
import com.dorsum.care.CareTeam;
import com.dorsum.care.CareTeams;
import com.dorsum.care.ClinicalAccess;
import com.dorsum.care.EmergencyGrant;
import com.dorsum.care.EmergencyReason;
import com.dorsum.people.Provider;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.ClinicTime;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The patient page's care: the Care team tab (front desk and ADMIN add and end memberships, clinicians read), and
 * for a clinician outside the team the break-glass form in place of the clinical tabs (R19, R20).
 */
@Named
@ViewScoped
public class PatientCareBean implements Serializable {

    @Inject
    CareTeams careTeams;

    @Inject
    BreakGlass breakGlass;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    ProviderDirectory providers;

    @Inject
    PatientBean patientPage;

    @Inject
    ClinicTime clinicTime;

    private CareTeam team;
    private List<Provider> clinicians;
    private Boolean clinicalOpen;
    private Long clinicianId;
    private CareRole role = CareRole.TREATING;
    private EmergencyReason reason;
    private String note;

    public CareTeam getTeam() {
        if (team == null) {
            try {
                team = careTeams.team(patientPage.getId());
            } catch (DomainException refused) {
                team = new CareTeam(patientPage.getId(), List.of());
                FacesErrors.show(refused);
            }
        }
        return team;
    }

    /** Whether the clinical tabs open: for a clinician, on the team or with emergency access. */
    public boolean isClinicalOpen() {
        if (clinicalOpen == null) {
            clinicalOpen = clinicalAccess.mayOpen(patientPage.getId());
        }
        return clinicalOpen;
    }

    public void add() {
        try {
            careTeams.add(patientPage.getId(), clinicianId, role);
            FacesErrors.info("Added to the care team");
            team = null;
            clinicianId = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void end(CareTeam.Member member) {
        try {
            careTeams.end(patientPage.getId(), member.id());
            FacesErrors.info(member.clinician() + " is no longer on the care team");
            team = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** Break-glass: opens the record for the configured hours, with the reason given. */
    public void openEmergencyAccess() {
        try {
            EmergencyGrant grant = breakGlass.open(patientPage.getId(), reason, note);
            clinicalOpen = true;
            FacesErrors.info("Emergency access until " + clinicTime.format(grant.until())
                    + "; it is recorded and reviewed by an administrator");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public List<Provider> getClinicians() {
        if (clinicians == null) {
            clinicians = providers.providers(null, 0, PageOf.MAX_SIZE).items().stream()
                    .filter(Provider::isActive).toList();
        }
        return clinicians;
    }

    public int getEmergencyHours() {
        return breakGlass.hours();
    }

    public CareRole[] getRoles() {
        return CareRole.values();
    }

    public EmergencyReason[] getReasons() {
        return EmergencyReason.values();
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public CareRole getRole() {
        return role;
    }

    public void setRole(CareRole role) {
        this.role = role;
    }

    public EmergencyReason getReason() {
        return reason;
    }

    public void setReason(EmergencyReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
