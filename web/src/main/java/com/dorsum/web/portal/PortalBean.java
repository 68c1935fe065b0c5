package com.dorsum.web.portal;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientRegistry;
import com.dorsum.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in patient's own record, for the portal pages. */
@Named
@RequestScoped
public class PortalBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    PatientRegistry registry;

    private Patient patient;

    public Patient getPatient() {
        if (patient == null) {
            patient = currentUser.ownPatientId().map(registry::view).orElse(null);
        }
        return patient;
    }
}
