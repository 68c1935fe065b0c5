package com.dorsum.api.referrals;

import com.dorsum.platform.PageOf;
import com.dorsum.referrals.SpecialistDetails;
import com.dorsum.referrals.SpecialistDirectory;
import com.dorsum.referrals.Specialty;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The external specialist directory: staff read it, ADMIN keeps it. */
@Path("specialists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
public class SpecialistResource {

    @Inject
    SpecialistDirectory directory;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listSpecialists", summary = "List the specialists referrals go to")
    public PageOf<SpecialistDto> list(@QueryParam("specialty") Specialty specialty,
                                      @QueryParam("activeOnly") @DefaultValue("false") boolean activeOnly,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        return directory.specialists(specialty, activeOnly, page, size).map(SpecialistDto::of);
    }

    @GET
    @Path("{specialistId: \\d+}")
    @Operation(operationId = "getSpecialist", summary = "Get a specialist")
    public SpecialistDto get(@PathParam("specialistId") long specialistId) {
        return SpecialistDto.of(directory.specialist(specialistId));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "addSpecialist", summary = "Add a specialist to the directory")
    @APIResponse(responseCode = "201", description = "The specialist", content = @Content(schema = @Schema(implementation = SpecialistDto.class)))
    public Response add(SpecialistDetails details) {
        SpecialistDto body = SpecialistDto.of(directory.add(details));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(body.id())).build())
                .entity(body).build();
    }

    @PUT
    @Path("{specialistId: \\d+}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "changeSpecialist", summary = "Change a specialist's details")
    public SpecialistDto change(@PathParam("specialistId") long specialistId, SpecialistDetails details) {
        return SpecialistDto.of(directory.change(specialistId, details));
    }
}
