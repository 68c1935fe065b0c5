package com.dorsum.referrals;

import java.util.List;

/** A recorded scoliosis screen with its findings in words and, when positive, the orthopedic referral it suggests. */
public record ScreenOutcome(ScoliosisScreen screen, List<String> findings, ReferralRequest suggestedReferral) {
}
