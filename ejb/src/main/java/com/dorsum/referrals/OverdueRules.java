package com.dorsum.referrals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a referral is overdue (R9: overdue ones surface): one not booked within {@code urgentBooking} (urgent) or
 * {@code routineBooking} (routine) of being made, or one seen without a report within {@code report} of the visit.
 * A referral is overdue strictly after its deadline. Thresholds come from configuration ({@link ReferralSettings}).
 */
public record OverdueRules(Duration urgentBooking, Duration routineBooking, Duration report) {

    /** What an overdue referral is waiting for. */
    public enum Waiting {
        BOOKING("not booked"), REPORT("no report since the visit");

        private final String label;

        Waiting(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An overdue referral's reason and deadline. */
    public record Overdue(Waiting waiting, Instant deadline) {
    }

    public OverdueRules {
        if (urgentBooking.isNegative() || routineBooking.isNegative() || report.isNegative()) {
            throw new IllegalArgumentException("overdue thresholds cannot be negative");
        }
    }

    public static OverdueRules ofDays(int urgentBookingDays, int routineBookingDays, int reportDays) {
        return new OverdueRules(Duration.ofDays(urgentBookingDays), Duration.ofDays(routineBookingDays),
                Duration.ofDays(reportDays));
    }

    /** The deadline the referral is now working towards, if any (only unbooked and seen-unreported ones have one). */
    public Optional<Overdue> deadline(ReferralStatus status, Urgency urgency, Instant referredAt,
                                      Instant statusSince) {
        return switch (status) {
            case DRAFT, SENT -> Optional.of(new Overdue(Waiting.BOOKING, referredAt.plus(bookingWithin(urgency))));
            case SEEN -> Optional.of(new Overdue(Waiting.REPORT, statusSince.plus(report)));
            default -> Optional.empty();
        };
    }

    public Optional<Overdue> overdue(ReferralStatus status, Urgency urgency, Instant referredAt, Instant statusSince,
                                     Instant now) {
        return deadline(status, urgency, referredAt, statusSince).filter(d -> now.isAfter(d.deadline()));
    }

    /** Unbooked referrals of this urgency made before this instant are overdue now. */
    public Instant bookingOverdueIfReferredBefore(Urgency urgency, Instant now) {
        return now.minus(bookingWithin(urgency));
    }

    /** Seen referrals still without a report since before this instant are overdue now. */
    public Instant reportOverdueIfSeenBefore(Instant now) {
        return now.minus(report);
    }

    private Duration bookingWithin(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgentBooking : routineBooking;
    }
}
