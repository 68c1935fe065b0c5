package com.dorsum.api.security;

import com.dorsum.security.Accounts;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import com.dorsum.web.security.ClientAddresses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * ADMIN ends the delay failed sign-ins put on an account (204; 404 for no such account), e.g. for a user an attacker
 * keeps delaying; audited as ACCOUNT_UNLOCKED with the ADMIN's client address.
 */
@Path("accounts/{username}")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @POST
    @Path("unlock")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response unlock(@PathParam("username") String username) {
        accounts.unlock(username, currentUser.username(), clientAddresses.of(request));
        return Response.noContent().build();
    }
}
