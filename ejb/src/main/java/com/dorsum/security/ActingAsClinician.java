package com.dorsum.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** {@link Acting} for an account with the role CLINICIAN. */
@Stateless
@RunAs(Role.CLINICIAN_NAME)
public class ActingAsClinician extends Acting {

    @Override
    String role() {
        return Role.CLINICIAN_NAME;
    }
}
