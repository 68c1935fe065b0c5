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

    /** How the role is named to people. */
    public String label() {
        return switch (this) {
            case FRONT_DESK -> "Front desk";
            case CLINICIAN -> "Clinician";
            case PATIENT -> "Patient";
            case ADMIN -> "Administrator";
        };
    }
}
