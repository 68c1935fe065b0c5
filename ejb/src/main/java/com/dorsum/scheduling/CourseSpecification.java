package com.dorsum.scheduling;

import java.time.LocalDate;

/**
 * The course the front desk asks for: whose, which therapy, with whom (a named provider, or any provider of the
 * therapy's discipline when {@code providerId} is null), its pattern, from which day, and the patient's wishes.
 */
public record CourseSpecification(long patientId, VisitKind therapy, Long providerId, CoursePattern pattern,
                                  LocalDate startDate, SessionPreferences preferences) {

    public CourseSpecification {
        if (therapy == null || pattern == null || startDate == null) {
            throw new IllegalArgumentException("a course needs a therapy, a pattern and a start date");
        }
        preferences = preferences == null ? SessionPreferences.none() : preferences;
    }

    public CourseSpecification withProvider(Long otherProvider) {
        return new CourseSpecification(patientId, therapy, otherProvider, pattern, startDate, preferences);
    }

    public CourseSpecification withStart(LocalDate otherStart) {
        return new CourseSpecification(patientId, therapy, providerId, pattern, otherStart, preferences);
    }

    public CourseSpecification withPreferences(SessionPreferences other) {
        return new CourseSpecification(patientId, therapy, providerId, pattern, startDate, other);
    }
}
