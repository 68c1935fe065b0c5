package com.dorsum.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** {@link Acting} for an account with the role FRONT_DESK. */
@Stateless
@RunAs(Role.FRONT_DESK_NAME)
public class ActingAsFrontDesk extends Acting {

    @Override
    String role() {
        return Role.FRONT_DESK_NAME;
    }
}
