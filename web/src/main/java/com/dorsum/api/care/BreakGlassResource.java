package com.dorsum.api.care;

import com.dorsum.care.BreakGlass;
import com.dorsum.care.EmergencyGrant;
import com.dorsum.care.EmergencyReason;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A clinician outside the patient's care team opens break-glass access (R20): {@code {reason, note}} → 201
 * {@code {id, patientId, reason, until}}; clinical reads then succeed until then, each audited as emergency access.
 */
@Path("patients/{patientId: \\d+}/emergency-access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    public record Opening(String reason, String note) {
    }

    public record GrantDto(long id, long patientId, EmergencyReason reason, LocalDateTime until) {
    }

    @Inject
    BreakGlass breakGlass;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Role.CLINICIAN_NAME)
    public Response open(@PathParam("patientId") long patientId, Opening body) {
        Opening asked = body == null ? new Opening(null, null) : body;
        EmergencyGrant grant = breakGlass.open(patientId, Choice.of(EmergencyReason.class, "reason", asked.reason()),
                asked.note());
        return Response.status(201).entity(new GrantDto(grant.id(), patientId, grant.reason(),
                EmergencyAccessResource.at(clock, grant.until()))).build();
    }
}
