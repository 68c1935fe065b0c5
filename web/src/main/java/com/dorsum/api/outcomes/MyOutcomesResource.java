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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The signed-in patient's own scores, the questionnaires due now, and completing one. */
@Path("me/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PATIENT_NAME)
public class MyOutcomesResource {

    @Inject
    OutcomeMeasures outcomes;

    @GET
    public OutcomesDto mine() {
        return OutcomesDto.of(outcomes.mine());
    }

    @GET
    @Path("due")
    public PageOf<DueDto> due() {
        List<DueDto> due = outcomes.dueMine().stream().map(DueDto::of).toList();
        return new PageOf<>(due, due.size());
    }

    @POST
    public Response complete(OutcomeInput body) {
        return Response.status(201).entity(OutcomeDto.of(outcomes.recordMine(body))).build();
    }
}
