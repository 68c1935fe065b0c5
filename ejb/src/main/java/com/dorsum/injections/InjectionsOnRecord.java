package com.dorsum.injections;

import com.dorsum.referrals.InjectionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The injections a referral letter lists: those not cancelled, oldest first. */
@ApplicationScoped
public class InjectionsOnRecord implements InjectionRecord {

    @Inject
    InjectionHistories histories;

    @Override
    public List<String> injectionSummaries(long patientId) {
        return histories.read(patientId).injections().stream().filter(Injection::counts).map(Injection::summary)
                .toList();
    }
}
