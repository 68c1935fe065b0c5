package com.dorsum.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** {@link Acting} for an account with the role PATIENT. */
@Stateless
@RunAs(Role.PATIENT_NAME)
public class ActingAsPatient extends Acting {

    @Override
    String role() {
        return Role.PATIENT_NAME;
    }
}
