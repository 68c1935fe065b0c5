package com.dorsum.api.scheduling;

import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.VisitChangeRequest;
import com.dorsum.scheduling.VisitChangeRequests;
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
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The front desk's queue of patients' late requests to cancel or move a visit. */
@Path("visit-change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.FRONT_DESK_NAME)
public class VisitChangeRequestResource {

    public record RequestDto(long id, long appointmentId, long patientId, VisitChangeRequest.Kind kind,
                             LocalDateTime wishedStart, String note, VisitChangeRequest.Status status,
                             Instant askedAt, String answer) {

        static RequestDto of(VisitChangeRequest r) {
            return new RequestDto(r.getId(), r.getAppointmentId(), r.getPatientId(), r.getKind(), r.getWishedStart(),
                    r.getNote(), r.getStatus(), r.getAskedAt(), r.getAnswer());
        }
    }

    /** {@code start} overrides the wished time of a move. */
    public record CarryOut(LocalDateTime start) {
    }

    public record Decline(String answer) {
    }

    @Inject
    VisitChangeRequests requests;

    @GET
    @Operation(operationId = "listVisitChangeRequests", summary = "List patients' visit change requests waiting for the front desk")
    public PageOf<RequestDto> waiting(@QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        return requests.waiting(page, size).map(RequestDto::of);
    }

    @POST
    @Path("{requestId: \\d+}/carry-out")
    @Operation(operationId = "carryOutVisitChangeRequest", summary = "Carry out a patient's request to cancel or move a visit")
    @APIResponse(responseCode = "409", description = "SLOT_TAKEN, or the request is no longer waiting")
    public RequestDto carryOut(@PathParam("requestId") long requestId, CarryOut body) {
        return RequestDto.of(requests.carryOut(requestId, body == null ? null : body.start()));
    }

    @POST
    @Path("{requestId: \\d+}/decline")
    @Operation(operationId = "declineVisitChangeRequest", summary = "Decline a patient's request to cancel or move a visit")
    @APIResponse(responseCode = "409", description = "The request is no longer waiting")
    public RequestDto decline(@PathParam("requestId") long requestId, Decline body) {
        return RequestDto.of(requests.decline(requestId, body == null ? null : body.answer()));
    }
}
