package com.dorsum.api.scheduling;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.CourseOutcome;
import com.dorsum.scheduling.CourseRequest;
import com.dorsum.scheduling.Courses;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Therapy courses (R1-R5): book a whole course in one step ({@code ?dryRun=true} only proposes it), read one or a
 * patient's courses, extend, end early, and record the outcome.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    /** How much longer: weeks for a weekly course (physiotherapy), sessions for a series. */
    public record Extension(Integer weeks, Integer sessions) {
    }

    public record Ending(String reason) {
    }

    public record Completion(CourseOutcome outcome, String note) {
    }

    @Inject
    Courses courses;

    @Context
    UriInfo uriInfo;

    /** 201 with the booked course, or 200 with the proposal on a dry run; 422 COURSE_RULES, 409 COURSE_UNSCHEDULABLE. */
    @POST
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "bookCourse", summary = "Book a therapy course in one step (or propose it with dryRun)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "physiotherapy", summary = "Two sessions a week for six weeks", value = "{\"patientId\":42,\"therapy\":\"PHYSIOTHERAPY\",\"providerId\":7,\"sessionsPerWeek\":2,\"weeks\":6,\"startDate\":\"2026-12-07\",\"preferredDays\":[\"MONDAY\",\"THURSDAY\"],\"earliest\":\"08:00\",\"latest\":\"12:00\"}")))
    @APIResponse(responseCode = "200", description = "The proposal (dryRun=true); nothing is booked", content = @Content(schema = @Schema(implementation = CourseDto.class)))
    @APIResponse(responseCode = "201", description = "The booked course with all its sessions", content = @Content(schema = @Schema(implementation = CourseDto.class)))
    @APIResponse(responseCode = "409", description = "COURSE_UNSCHEDULABLE: the course does not fit; the failing weeks with their reasons, and alternatives")
    @APIResponse(responseCode = "422", description = "COURSE_RULES (R1-R5): the pattern is against the therapy's rules; rule names the rule")
    public Response book(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, CourseRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "The course to book is required");
        }
        if (dryRun) {
            return Response.ok(CourseDto.of(courses.propose(request))).build();
        }
        CourseDto booked = CourseDto.of(courses.book(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(booked.id())).build())
                .entity(booked).build();
    }

    /** A patient may read their own courses. */
    @GET
    @Path("{courseId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "getCourse", summary = "Get a course with its sessions and progress")
    public CourseDto get(@PathParam("courseId") long courseId) {
        return CourseDto.of(courses.course(courseId));
    }

    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "listCourses", summary = "List a patient's courses")
    public PageOf<CourseDto> list(@QueryParam("patientId") Long patientId,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        if (patientId == null) {
            throw new InvalidInput("patientId", "is required");
        }
        return courses.courses(patientId, page, size).map(CourseDto::of);
    }

    @POST
    @Path("{courseId: \\d+}/extend")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "extendCourse", summary = "Extend a course by weeks or sessions")
    @APIResponse(responseCode = "409", description = "COURSE_UNSCHEDULABLE: the extension does not fit")
    @APIResponse(responseCode = "422", description = "COURSE_RULES: the extended course breaks its rule")
    public CourseDto extend(@PathParam("courseId") long courseId, Extension body) {
        Integer more = body == null ? null : body.weeks() != null ? body.weeks() : body.sessions();
        if (more == null) {
            throw new InvalidInput("weeks", "Give the weeks (physiotherapy) or sessions (a series) to add");
        }
        return CourseDto.of(courses.extend(courseId, more));
    }

    /** Ends the course early: the sessions still to come are cancelled. */
    @POST
    @Path("{courseId: \\d+}/cancel")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "cancelRestOfCourse", summary = "End a course early, cancelling the sessions still to come")
    @APIResponse(responseCode = "409", description = "The course is not active")
    public CourseDto cancelRemaining(@PathParam("courseId") long courseId, Ending body) {
        return CourseDto.of(courses.cancelRemaining(courseId, body == null ? null : body.reason()));
    }

    @POST
    @Path("{courseId: \\d+}/complete")
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "completeCourse", summary = "Complete a course with its outcome")
    @APIResponse(responseCode = "409", description = "The course is not active")
    public CourseDto complete(@PathParam("courseId") long courseId, Completion body) {
        return CourseDto.of(courses.complete(courseId, body == null ? null : body.outcome(),
                body == null ? null : body.note()));
    }
}
