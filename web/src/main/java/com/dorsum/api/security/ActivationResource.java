package com.dorsum.api.security;

import com.dorsum.security.PortalAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The patient's first sign-in: the one-time activation code and the password they choose (204; 400 VALIDATION for
 * a weak password, 400 ACTIVATION_REFUSED for a wrong, used or expired code). No sign-in needed.
 */
@Path("portal-account/activation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivationResource {

    public record Activation(String username, String code, String password) {
    }

    @Inject
    PortalAccounts accounts;

    @POST
    @PermitAll
    @Operation(operationId = "activatePortalAccount", summary = "Activate a portal account with the one-time code and choose a password")
    @APIResponse(responseCode = "204", description = "The account is active; sign in with it")
    public Response activate(Activation body) {
        Activation given = body == null ? new Activation(null, null, null) : body;
        accounts.activate(given.username(), given.code(), given.password());
        return Response.noContent().build();
    }
}
