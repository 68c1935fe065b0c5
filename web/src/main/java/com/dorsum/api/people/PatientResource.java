package com.dorsum.api.people;

import com.dorsum.people.PatientDetails;
import com.dorsum.people.PatientRegistry;
import com.dorsum.people.Registration;
import com.dorsum.platform.PageOf;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    PatientRegistry registry;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public Response register(PatientDetails details) {
        Registration registration = registry.register(details);
        PatientDto body = PatientDto.of(registration.patient(), registration.possibleDuplicates());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(body.id())).build())
                .entity(body).build();
    }

    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public PageOf<PatientDto> search(@QueryParam("q") String query,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        return registry.search(query, page, size).map(PatientDto::of);
    }

    /** PATIENT may call this too, for their own record only (the registry refuses and audits any other). */
    @GET
    @Path("{patientId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public PatientDto get(@PathParam("patientId") long patientId) {
        return PatientDto.of(registry.view(patientId));
    }

    @PUT
    @Path("{patientId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public PatientDto correct(@PathParam("patientId") long patientId, PatientDetails details) {
        return PatientDto.of(registry.correct(patientId, details));
    }
}
