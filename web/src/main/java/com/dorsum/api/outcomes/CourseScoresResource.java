package com.dorsum.api.outcomes;

import com.dorsum.outcomes.CourseScores;
import com.dorsum.outcomes.CourseVerdict;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.scheduling.CourseOutcome;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A course's scores at its start and end and the outcome they suggest to the clinician completing it (R25). */
@Path("courses/{courseId: \\d+}/scores")
@Produces(MediaType.APPLICATION_JSON)
public class CourseScoresResource {

    public record Scores(long courseId, List<CourseVerdict> verdicts, CourseOutcome suggestedOutcome) {
    }

    @Inject
    OutcomeMeasures outcomes;

    @GET
    @RolesAllowed(Role.CLINICIAN_NAME)
    public Scores of(@PathParam("courseId") long courseId) {
        CourseScores scores = outcomes.courseScores(courseId);
        return new Scores(courseId, scores.verdicts(), scores.suggested());
    }
}
