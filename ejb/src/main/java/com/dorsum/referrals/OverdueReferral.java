package com.dorsum.referrals;

/** A referral on the overdue worklist, with what it is waiting for and since when that was due. */
public record OverdueReferral(ReferralView referral, OverdueRules.Overdue overdue) {
}
