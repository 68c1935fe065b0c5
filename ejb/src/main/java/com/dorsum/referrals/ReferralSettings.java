package com.dorsum.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable parts of referrals and orders (MicroProfile Config), with defaults that run: overdue thresholds
 * in days, the largest result file accepted, and the letterhead.
 */
@ApplicationScoped
public class ReferralSettings {

    @Inject
    @ConfigProperty(name = "clinic.referrals.overdue.urgent-booking-days", defaultValue = "2")
    int urgentBookingDays;

    @Inject
    @ConfigProperty(name = "clinic.referrals.overdue.routine-booking-days", defaultValue = "14")
    int routineBookingDays;

    @Inject
    @ConfigProperty(name = "clinic.referrals.overdue.report-days", defaultValue = "30")
    int reportDays;

    @Inject
    @ConfigProperty(name = "clinic.orders.result-file-max-bytes", defaultValue = "10485760")
    int resultFileMaxBytes;

    @Inject
    @ConfigProperty(name = "clinic.name", defaultValue = "Dorsum back-pain clinic")
    String clinicName;

    @Inject
    @ConfigProperty(name = "clinic.address", defaultValue = "Rueckenweg 1, 10115 Berlin")
    String clinicAddress;

    @Inject
    @ConfigProperty(name = "clinic.phone", defaultValue = "+49 30 5550000")
    String clinicPhone;

    @Produces
    OverdueRules overdueRules() {
        return OverdueRules.ofDays(urgentBookingDays, routineBookingDays, reportDays);
    }

    @Produces
    ResultFileCheck resultFileCheck() {
        return new ResultFileCheck(resultFileMaxBytes);
    }

    @Produces
    Letterhead letterhead() {
        return new Letterhead(clinicName, clinicAddress, clinicPhone);
    }
}
