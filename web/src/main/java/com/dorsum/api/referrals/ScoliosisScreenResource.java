package com.dorsum.api.referrals;

import com.dorsum.referrals.ReferralRequest;
import com.dorsum.referrals.Referrals;
import com.dorsum.referrals.ScoliosisFindings;
import com.dorsum.referrals.ScreenOutcome;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The scoliosis screen (R12): findings in, and for a positive screen the orthopedic referral it suggests. */
@Path("patients/{patientId: \\d+}/scoliosis-screens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoliosisScreenResource {

    /** The recorded screen; {@code suggestedReferral} is null for a negative screen. */
    public record ScreenDto(long id, boolean positive, List<String> findings, ReferralRequest suggestedReferral) {
    }

    @Inject
    Referrals referrals;

    @POST
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "recordScoliosisScreen", summary = "Record a scoliosis screen (R12) and get the referral a positive one suggests")
    @APIResponse(responseCode = "201", description = "The recorded screen", content = @Content(schema = @Schema(implementation = ScreenDto.class)))
    public Response screen(@PathParam("patientId") long patientId, ScoliosisFindings findings) {
        ScreenOutcome outcome = referrals.screenForScoliosis(patientId, findings);
        return Response.status(Response.Status.CREATED).entity(new ScreenDto(outcome.screen().getId(),
                outcome.screen().isPositive(), outcome.findings(), outcome.suggestedReferral())).build();
    }
}
