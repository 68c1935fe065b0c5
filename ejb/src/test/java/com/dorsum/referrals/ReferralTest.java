package com.dorsum.referrals;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferralTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    static Referral draft(Urgency urgency) {
        ReferralRequest request = new ReferralRequest(Specialty.RHEUMATOLOGY, "Morning stiffness, swollen joints",
                urgency);
        request.setRuleOuts(Set.of(RuleOut.RHEUMATOID_ARTHRITIS));
        return new Referral(TestPatients.anna(), request, Optional.empty(), null, "clinician", T0);
    }

    @Test
    void referralGoesFromDraftToClosedWithEveryStepKeptWithTimeAndUser() {
        Referral referral = draft(Urgency.ROUTINE);
        referral.markSent("frontdesk", T0.plus(Duration.ofHours(1)), "faxed");
        referral.markBooked("frontdesk", T0.plus(Duration.ofDays(3)), "appointment 2026-03-20");
        referral.markSeen("frontdesk", T0.plus(Duration.ofDays(18)), null);
        referral.reportReceived("frontdesk", T0.plus(Duration.ofDays(25)), "RA confirmed");
        referral.close("clinician", T0.plus(Duration.ofDays(26)), null);

        assertEquals(ReferralStatus.CLOSED, referral.getStatus());
        assertEquals(List.of("DRAFT", "SENT", "BOOKED", "SEEN", "REPORT_RECEIVED", "CLOSED"),
                referral.getSteps().stream().map(StatusStep::getStatus).toList());
        StatusStep sent = referral.getSteps().get(1);
        assertEquals("frontdesk", sent.getUsername());
        assertEquals(T0.plus(Duration.ofHours(1)), sent.getOccurredAt());
        assertEquals("faxed", sent.getNote());
        assertEquals(T0.plus(Duration.ofDays(26)), referral.getStatusSince());
        assertTrue(referral.wasSent());
    }

    @Test
    void draftCannotBeBookedBeforeItIsSent() {
        Referral referral = draft(Urgency.URGENT);
        IllegalTransition refused = assertThrows(IllegalTransition.class,
                () -> referral.markBooked("frontdesk", T0, null));
        assertEquals("ILLEGAL_TRANSITION", refused.code());
        assertEquals("DRAFT", refused.facts().get("from"));
        assertEquals("BOOKED", refused.facts().get("to"));
        assertEquals(Set.of("CANCELLED", "SENT"), refused.facts().get("allowed"));
        assertEquals(ReferralStatus.DRAFT, referral.getStatus());
        assertEquals(1, referral.getSteps().size());
        assertFalse(referral.wasSent());
    }

    @Test
    void seenReferralCannotBeCancelledButWaitsForItsReport() {
        Referral referral = draft(Urgency.ROUTINE);
        referral.markSent("u", T0, null);
        referral.markBooked("u", T0, null);
        referral.markSeen("u", T0, null);
        assertThrows(IllegalTransition.class, () -> referral.cancel("u", T0, "no longer needed"));
        assertThrows(IllegalTransition.class, () -> referral.close("u", T0, null));
    }

    @Test
    void cancelledOrClosedReferralMovesNoFurther() {
        Referral cancelled = draft(Urgency.ROUTINE);
        cancelled.cancel("clinician", T0, "patient declined");
        assertTrue(ReferralStatus.CANCELLED.next().isEmpty());
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> cancelled.markSent("u", T0, null));
        assertTrue(refused.getMessage().contains("finished"), refused.getMessage());
        assertTrue(ReferralStatus.CLOSED.next().isEmpty());
    }

    @Test
    void everyStatusMayMoveOnlyToItsNextSteps() {
        assertEquals(EnumSet.of(ReferralStatus.SENT, ReferralStatus.CANCELLED), ReferralStatus.DRAFT.next());
        assertEquals(EnumSet.of(ReferralStatus.BOOKED, ReferralStatus.CANCELLED), ReferralStatus.SENT.next());
        assertEquals(EnumSet.of(ReferralStatus.SEEN, ReferralStatus.CANCELLED), ReferralStatus.BOOKED.next());
        assertEquals(EnumSet.of(ReferralStatus.REPORT_RECEIVED), ReferralStatus.SEEN.next());
        assertEquals(EnumSet.of(ReferralStatus.CLOSED), ReferralStatus.REPORT_RECEIVED.next());
    }

    @Test
    void receivingSpecialistMustPractiseTheReferralsSpecialty() {
        SpecialistDetails details = new SpecialistDetails();
        details.setName("Dr. Nerv");
        details.setSpecialty(Specialty.NEUROLOGY);
        ExternalSpecialist neurologist = new ExternalSpecialist(details);
        Referral referral = draft(Urgency.ROUTINE);
        var refused = assertThrows(com.dorsum.platform.InvalidInput.class,
                () -> referral.assignSpecialist(neurologist));
        assertEquals("specialistId", refused.violations().get(0).field());
    }

    @Test
    void ruleOutsAreKept() {
        assertEquals(Set.of(RuleOut.RHEUMATOID_ARTHRITIS), draft(Urgency.ROUTINE).getRuleOuts());
    }
}
