package com.dorsum.api.scheduling;

import com.dorsum.scheduling.PatientVisits;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A patient's calendar subscription (webcal): calendar apps cannot sign in, so the secret in the path is the key.
 * An unknown or replaced secret reads as not found.
 */
@Path("feeds/{token: [A-Za-z0-9_-]{20,100}}/appointments.ics")
public class CalendarFeedResource {

    @Inject
    PatientVisits visits;

    @GET
    @PermitAll
    @Produces("text/calendar")
    @Operation(operationId = "getCalendarFeed", summary = "Get a patient's upcoming visits as an iCalendar feed (secret link, no sign-in)")
    @APIResponse(responseCode = "200", description = "The RFC 5545 calendar")
    public Response calendar(@PathParam("token") String token) {
        return Response.ok(visits.calendarFileByToken(token), "text/calendar; charset=utf-8")
                .header("Cache-Control", "private, max-age=900").build();
    }
}
