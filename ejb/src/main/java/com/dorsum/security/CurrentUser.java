package com.dorsum.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/** The signed-in caller of this request: name, role, and for a patient, their own patient id. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Optional<Long> ownPatientId;

    private Optional<Long> providerId;

    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean is(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    /** The caller's role, empty when nobody is signed in. */
    public Optional<Role> role() {
        return Arrays.stream(Role.values()).filter(this::is).findFirst();
    }

    public boolean isStaff() {
        return Arrays.stream(Role.values()).filter(Role::isStaff).anyMatch(this::is);
    }

    /** For a PATIENT caller, the id of their own record; empty for staff. */
    public Optional<Long> ownPatientId() {
        if (ownPatientId == null) {
            ownPatientId = is(Role.PATIENT) ? accounts.patientIdOf(username()) : Optional.empty();
        }
        return ownPatientId;
    }

    /** For a CLINICIAN caller, the provider they are in the clinic's directory; empty for everyone else. */
    public Optional<Long> providerId() {
        if (providerId == null) {
            providerId = is(Role.CLINICIAN) ? accounts.providerIdOf(username()) : Optional.empty();
        }
        return providerId;
    }
}
