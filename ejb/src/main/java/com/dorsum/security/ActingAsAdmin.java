package com.dorsum.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** {@link Acting} for an account with the role ADMIN. */
@Stateless
@RunAs(Role.ADMIN_NAME)
public class ActingAsAdmin extends Acting {

    @Override
    String role() {
        return Role.ADMIN_NAME;
    }
}
