package com.dorsum.api.outcomes;

import com.dorsum.outcomes.OutcomeInput;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** A patient's outcome scores as clinicians caring for the patient read and record them (R25). */
@Path("patients/{patientId: \\d+}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CLINICIAN_NAME)
public class PatientOutcomesResource {

    @Inject
    OutcomeMeasures outcomes;

    @GET
    public OutcomesDto list(@PathParam("patientId") long patientId) {
        return OutcomesDto.of(outcomes.trends(patientId));
    }

    @POST
    public Response record(@PathParam("patientId") long patientId, OutcomeInput body) {
        return Response.status(201).entity(OutcomeDto.of(outcomes.record(patientId, body))).build();
    }

    @GET
    @Path("due")
    public PageOf<DueDto> due(@PathParam("patientId") long patientId) {
        List<DueDto> due = outcomes.due(patientId).stream().map(DueDto::of).toList();
        return new PageOf<>(due, due.size());
    }
}
