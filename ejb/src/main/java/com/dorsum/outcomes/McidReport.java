package com.dorsum.outcomes;

import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.VisitKind;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per therapy and clinician: how many completed courses there were, how many have scores at both ends, and the
 * share of those that reached the minimal clinically important improvement on at least one instrument (R25).
 */
public record McidReport(List<Line> lines) {

    /** One therapy with one clinician (the provider the course was booked with). */
    public record Line(VisitKind therapy, long providerId, String providerName, int completed, int scored,
                       int reachedMcid) {

        /** The share of the scored courses that reached the MCID, 0-100, or null without scored courses. */
        public Integer sharePercent() {
            return scored == 0 ? null : Math.round(100f * reachedMcid / scored);
        }
    }

    public static McidReport of(Map<Course, List<CourseVerdict>> courses, Function<Long, String> providerName) {
        record Key(VisitKind therapy, long providerId) {
        }
        Map<Key, List<List<CourseVerdict>>> grouped = courses.entrySet().stream().collect(Collectors.groupingBy(
                e -> new Key(e.getKey().getTherapy(), e.getKey().getProviderId()),
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return new McidReport(grouped.entrySet().stream().map(e -> new Line(e.getKey().therapy(),
                        e.getKey().providerId(), providerName.apply(e.getKey().providerId()), e.getValue().size(),
                        (int) e.getValue().stream().filter(v -> !v.isEmpty()).count(),
                        (int) e.getValue().stream().filter(v -> v.stream().anyMatch(CourseVerdict::improved)).count()))
                .sorted(Comparator.comparing(Line::therapy).thenComparing(Line::providerName)).toList());
    }
}
