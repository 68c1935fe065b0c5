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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Operation(operationId = "registerPatient", summary = "Register a patient")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "anna", summary = "A new patient", value = "{\"givenName\":\"Anna\",\"familyName\":\"Achterberg\",\"birthDate\":\"1980-04-12\",\"sex\":\"FEMALE\",\"phone\":\"+49 30 1234567\",\"email\":\"anna@example.org\"}")))
    @APIResponse(responseCode = "201", description = "The registered patient with the new MRN; possibleDuplicates names look-alikes already registered", content = @Content(schema = @Schema(implementation = PatientDto.class)))
    public Response register(PatientDetails details) {
        Registration registration = registry.register(details);
        PatientDto body = PatientDto.of(registration.patient(), registration.possibleDuplicates());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(body.id())).build())
                .entity(body).build();
    }

    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    @Operation(operationId = "searchPatients", summary = "Search patients by name, MRN or birth date")
    public PageOf<PatientDto> search(@QueryParam("q") String query,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        return registry.search(query, page, size).map(PatientDto::of);
    }

    /** PATIENT may call this too, for their own record only (the registry refuses and audits any other). */
    @GET
    @Path("{patientId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "getPatient", summary = "Get a patient (a patient may get their own record only)")
    public PatientDto get(@PathParam("patientId") long patientId) {
        return PatientDto.of(registry.view(patientId));
    }

    @PUT
    @Path("{patientId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    @Operation(operationId = "correctPatient", summary = "Correct a patient's details")
    public PatientDto correct(@PathParam("patientId") long patientId, PatientDetails details) {
        return PatientDto.of(registry.correct(patientId, details));
    }
}
