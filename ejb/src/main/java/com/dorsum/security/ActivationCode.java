package com.dorsum.security;

import java.time.Instant;

/** A portal account's one-time activation code, shown once to the front desk to hand to the patient. */
public record ActivationCode(String username, String code, Instant expiresAt) {
}
