package com.dorsum.scheduling;

import java.util.List;

/** What the planner proposes for a course: the sessions it placed and the weeks it could not fill. */
public record CourseProposal(CourseSpecification specification, List<PlannedSession> sessions,
                             List<WeekProblem> problems) {

    public CourseProposal {
        sessions = List.copyOf(sessions);
        problems = List.copyOf(problems);
    }

    /** Every week filled: the course can be booked as proposed. */
    public boolean complete() {
        return problems.isEmpty();
    }

    public PlannedSession first() {
        return sessions.get(0);
    }
}
