package com.dorsum.security;

/** The four roles of DOMAIN.md. The string constants are for {@code @RolesAllowed}. */
public enum Role {
    FRONT_DESK, CLINICIAN, PATIENT, ADMIN;

    public static final String FRONT_DESK_NAME = "FRONT_DESK";
    public static final String CLINICIAN_NAME = "CLINICIAN";
    public static final String PATIENT_NAME = "PATIENT";
    public static final String ADMIN_NAME = "ADMIN";

    public boolean isStaff() {
        return this != PATIENT;
    }
}
