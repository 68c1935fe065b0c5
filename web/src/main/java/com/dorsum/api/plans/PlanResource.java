package com.dorsum.api.plans;

import com.dorsum.plans.PlanDraft;
import com.dorsum.plans.PlanView;
import com.dorsum.plans.TreatmentPlans;
import com.dorsum.platform.NotFound;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A patient's treatment plan for clinicians: publish the next version (201; 400 VALIDATION, 409 PLAN_CHANGED), read
 * the current one and the history. The body of a new version is a draft with {@code basedOnVersion}.
 */
@Path("patients/{patientId: \\d+}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CLINICIAN_NAME)
public class PlanResource {

    @Inject
    TreatmentPlans plans;

    @POST
    @Operation(operationId = "publishPlan", summary = "Publish a new version of a patient's treatment plan")
    @APIResponse(responseCode = "201", description = "The published version", content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "409", description = "PLAN_CHANGED: the plan has a newer version than basedOnVersion (currentVersion)")
    public Response publish(@PathParam("patientId") long patientId, PlanDraft draft) {
        PlanView published = plans.publish(patientId, draft);
        return Response.status(201).entity(PlanDto.of(published)).build();
    }

    @GET
    @Operation(operationId = "listPlanVersions", summary = "List the versions of a patient's treatment plan")
    public PageOf<PlanDto> history(@PathParam("patientId") long patientId) {
        List<PlanDto> versions = plans.history(patientId).stream().map(PlanDto::of).toList();
        return new PageOf<>(versions, versions.size());
    }

    @GET
    @Path("current")
    @Operation(operationId = "getCurrentPlan", summary = "Get a patient's current treatment plan")
    public PlanDto current(@PathParam("patientId") long patientId) {
        return plans.current(patientId).map(PlanDto::of).orElseThrow(() -> new NotFound("plan"));
    }
}
