package com.dorsum.referrals;

/** How soon a referral must be booked (see {@link OverdueRules}). */
public enum Urgency { ROUTINE, URGENT }
