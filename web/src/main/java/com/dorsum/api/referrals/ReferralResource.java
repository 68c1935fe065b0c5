package com.dorsum.api.referrals;

import com.dorsum.platform.PageOf;
import com.dorsum.referrals.Referral;
import com.dorsum.referrals.ReferralRequest;
import com.dorsum.referrals.ReferralStatus;
import com.dorsum.referrals.Referrals;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A patient's referrals: refer (CLINICIAN), list, follow the trail, fetch the letter as sent. */
@Path("patients/{patientId: \\d+}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    Referrals referrals;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "createReferral", summary = "Refer a patient to a specialist")
    @APIResponse(responseCode = "201", description = "The referral", content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    @APIResponse(responseCode = "422", description = "SURGERY_GATE (R11): no completed conservative therapy without adequate relief before a surgical referral")
    public Response refer(@PathParam("patientId") long patientId, ReferralRequest request) {
        ReferralDto body = dto(referrals.refer(patientId, request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(body.id())).build())
                .entity(body).build();
    }

    /** PATIENT may call this too, for their own referrals only. */
    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "listReferrals", summary = "List a patient's referrals")
    public PageOf<ReferralDto> list(@PathParam("patientId") long patientId,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return referrals.referrals(patientId, page, size).map(this::dto);
    }

    @GET
    @Path("{referralId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "getReferral", summary = "Get a referral with its trail")
    public ReferralDto get(@PathParam("patientId") long patientId, @PathParam("referralId") long referralId) {
        return dto(referrals.referral(patientId, referralId));
    }

    /** {@code {"to": "SENT" | "BOOKED" | "SEEN" | "REPORT_RECEIVED" | "CLOSED" | "CANCELLED", "note": ...}}. */
    @POST
    @Path("{referralId: \\d+}/transitions")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "advanceReferral", summary = "Move a referral along its trail (sent, booked, seen, reported, closed)")
    @APIResponse(responseCode = "409", description = "The step is not allowed from the referral's status")
    public ReferralDto transition(@PathParam("patientId") long patientId, @PathParam("referralId") long referralId,
                                  TransitionRequest transition) {
        TransitionRequest asked = transition == null ? new TransitionRequest() : transition;
        return dto(referrals.advance(patientId, referralId, asked.target(ReferralStatus.class), asked.getNote()));
    }

    @GET
    @Path("{referralId: \\d+}/letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "getReferralLetter", summary = "Get the referral letter as PDF")
    @APIResponse(responseCode = "200", description = "The letter")
    public Response letter(@PathParam("patientId") long patientId, @PathParam("referralId") long referralId) {
        return Response.ok(referrals.letter(patientId, referralId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"referral-" + referralId + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private ReferralDto dto(Referral referral) {
        return ReferralDto.of(referral, clock.getZone());
    }
}
