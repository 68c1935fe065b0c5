package com.dorsum.api.security;

import com.dorsum.security.PortalAccounts;
import com.dorsum.web.security.ClientAddresses;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    public Response activate(Activation body) {
        Activation given = body == null ? new Activation(null, null, null) : body;
        accounts.activate(given.username(), given.code(), given.password(), clientAddresses.of(request));
        return Response.noContent().build();
    }
}
