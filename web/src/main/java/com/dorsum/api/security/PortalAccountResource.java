package com.dorsum.api.security;

import com.dorsum.security.ActivationCode;
import com.dorsum.security.PortalAccounts;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The front desk opens a patient's portal account (or issues a new code) and receives the one-time activation code
 * to hand over (201 {username, code, expiresAt}).
 */
@Path("patients/{patientId: \\d+}/portal-account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalAccountResource {

    public record Open(String username) {
    }

    @Inject
    PortalAccounts accounts;

    @POST
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    @Operation(operationId = "openPortalAccount", summary = "Open a portal account for a patient and issue the activation code")
    @APIResponse(responseCode = "201", description = "The one-time activation code to hand to the patient", content = @Content(schema = @Schema(implementation = ActivationCode.class)))
    @APIResponse(responseCode = "409", description = "The patient has an active account already")
    public Response open(@PathParam("patientId") long patientId, Open body) {
        ActivationCode code = accounts.issue(patientId, body == null ? null : body.username());
        return Response.status(201).entity(code).build();
    }
}
