package com.dorsum.web.security;

import com.dorsum.platform.DomainException;
import com.dorsum.security.ActivationCode;
import com.dorsum.security.PortalAccounts;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The Portal tab of a patient's page (front desk): open the portal account, or give a new activation code. */
@Named
@ViewScoped
public class PortalAccountBean implements Serializable {

    @Inject
    PortalAccounts accounts;

    @Inject
    PatientBean patientPage;

    private String username;
    private ActivationCode issued;

    public void issue() {
        try {
            issued = accounts.issue(patientPage.getId(), getUsername());
            FacesErrors.info("Give the patient the user name and the code; it is shown only now");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** A suggestion: given.family name, in small letters. */
    public String getUsername() {
        if (username == null && patientPage.getPatient() != null) {
            username = (patientPage.getPatient().getGivenName() + "." + patientPage.getPatient().getFamilyName())
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        }
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public ActivationCode getIssued() {
        return issued;
    }
}
