package com.dorsum.audit;

import com.dorsum.security.Role;

import java.time.Instant;

/** One line of a patient's access history (R23): when, who, in which role, and what kind of access. */
public record AccessEntry(Instant at, String who, Role role, Kind kind) {

    /** What the access was, as the patient reads it. */
    public enum Kind { VIEWED, CHANGED, EMERGENCY }
}
