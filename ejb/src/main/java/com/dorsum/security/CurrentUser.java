package com.dorsum.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The signed-in caller of this request: name, role, and for a patient, their own patient id. Server-side work done
 * on behalf of an account ({@link Acting}) reads as that account.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Optional<Long> ownPatientId;

    /** The account server-side work acts for ({@link Acting}); null for a request of a signed-in person. */
    private UserAccount actingFor;

    public String username() {
        if (actingFor != null) {
            return actingFor.getUsername();
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean is(Role role) {
        if (actingFor != null) {
            return actingFor.getRole() == role;
        }
        return securityContext.isCallerInRole(role.name());
    }

    public boolean isStaff() {
        return Arrays.stream(Role.values()).filter(Role::isStaff).anyMatch(this::is);
    }

    /** For a PATIENT caller, the id of their own record; empty for staff. */
    public Optional<Long> ownPatientId() {
        if (ownPatientId == null && actingFor != null) {
            ownPatientId = Optional.ofNullable(actingFor.getPatient()).map(p -> p.getId());
        }
        if (ownPatientId == null) {
            ownPatientId = is(Role.PATIENT) ? accounts.patientIdOf(username()) : Optional.empty();
        }
        return ownPatientId;
    }

    /** Only {@link Acting} sets this, for the duration of one piece of work. */
    void actFor(UserAccount account) {
        actingFor = account;
        ownPatientId = null;
    }
}
