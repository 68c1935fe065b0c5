package com.dorsum.outcomes;

import com.dorsum.scheduling.CourseOutcome;

import java.util.List;

/**
 * What a course's scores say, offered when the clinician completes it (R25): the verdict per instrument, and the
 * outcome they suggest (adequate relief when one instrument improved by its minimal important change, no adequate
 * relief when none did, none without scores at both ends). The clinician confirms it.
 */
public record CourseScores(long courseId, List<CourseVerdict> verdicts) {

    public CourseOutcome suggested() {
        if (verdicts.isEmpty()) {
            return null;
        }
        return verdicts.stream().anyMatch(CourseVerdict::improved) ? CourseOutcome.ADEQUATE_RELIEF
                : CourseOutcome.NO_ADEQUATE_RELIEF;
    }
}
