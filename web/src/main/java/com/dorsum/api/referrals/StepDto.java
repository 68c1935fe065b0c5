package com.dorsum.api.referrals;

import com.dorsum.referrals.StatusStep;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** One step of a status trail: status, when (clinic time), by whom, note. */
public record StepDto(String status, LocalDateTime at, String by, String note) {

    static StepDto of(StatusStep step, ZoneId zone) {
        return new StepDto(step.getStatus(), LocalDateTime.ofInstant(step.getOccurredAt(), zone), step.getUsername(),
                step.getNote());
    }
}
