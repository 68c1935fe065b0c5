package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course that cannot be placed whole (R5): nothing is booked; the user sees which weeks fail and why, and the
 * alternatives that would fit.
 */
public class CourseUnschedulable extends DomainException {

    private final transient List<WeekProblem> weeks;
    private final transient List<Alternative> alternatives;

    public CourseUnschedulable(List<WeekProblem> weeks, List<Alternative> alternatives) {
        super(Kind.CONFLICT, "COURSE_UNSCHEDULABLE", weeks.size() + " week" + (weeks.size() == 1 ? "" : "s")
                + " of the course cannot be filled: " + weeks.get(0)
                + (alternatives.isEmpty() ? "" : ". Alternatives: " + alternatives.get(0).description()),
                Map.of("weeks", weeks.stream().map(CourseUnschedulable::fact).toList(),
                        "alternatives", alternatives.stream().map(CourseUnschedulable::fact).toList()));
        this.weeks = List.copyOf(weeks);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<WeekProblem> weeks() {
        return weeks;
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }

    private static Map<String, Object> fact(WeekProblem week) {
        return Map.of("week", week.week(), "from", week.from().toString(), "to", week.to().toString(),
                "needed", week.needed(), "placed", week.placed(), "reasons", week.reasons());
    }

    /** An alternative as the changed request fields a client sends again, with its first session. */
    private static Map<String, Object> fact(Alternative alternative) {
        CourseSpecification spec = alternative.specification();
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("kind", alternative.kind().name());
        fact.put("description", alternative.description());
        if (spec.providerId() != null) {
            fact.put("providerId", spec.providerId());
        }
        fact.put("startDate", spec.startDate().toString());
        fact.put("preferredDays", spec.preferences().getDays().stream().sorted().map(Enum::name).toList());
        if (spec.preferences().getEarliest() != null) {
            fact.put("earliest", spec.preferences().getEarliest().toString());
        }
        if (spec.preferences().getLatest() != null) {
            fact.put("latest", spec.preferences().getLatest().toString());
        }
        fact.put("firstSession", alternative.proposal().first().slot().start().toString());
        return fact;
    }
}
