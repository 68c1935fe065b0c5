package com.dorsum.plans;

import java.time.Instant;

/** A referral or an order a plan lists, as the plan shows it: what, where it stands, in staff and patient words. */
public record PlanReference(long id, String what, String status, String statusForPatient, Instant since) {
}
