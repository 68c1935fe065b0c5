package com.dorsum.api.injections;

import com.dorsum.injections.Injections;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in patient's own injections, in the shape of {@code GET /patients/{id}/injections}. */
@Path("me/injections")
@Produces(MediaType.APPLICATION_JSON)
public class MyInjectionsResource {

    @Inject
    Injections injections;

    @GET
    @RolesAllowed(Role.PATIENT_NAME)
    @Operation(operationId = "listMyInjections", summary = "List the signed-in patient's injections with the allowance")
    public InjectionsDto mine() {
        return InjectionsDto.of(injections.mine(), false);
    }
}
