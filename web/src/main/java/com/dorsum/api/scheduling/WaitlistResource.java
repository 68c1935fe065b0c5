package com.dorsum.api.scheduling;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.PartOfDay;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.scheduling.Waitlist;
import com.dorsum.scheduling.WaitlistEntry;
import com.dorsum.scheduling.WaitlistStatus;
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
import jakarta.ws.rs.core.Response;

import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The waitlist: patients waiting for a therapy at a part of the day, and the freed slots offered to them. */
@Path("waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
public class WaitlistResource {

    public record Wish(Long patientId, VisitKind therapy, PartOfDay partOfDay, String note) {
    }

    public record EntryDto(long id, long patientId, String patientName, VisitKind therapy, PartOfDay partOfDay,
                           String note, WaitlistStatus status, LocalDateTime offeredStart, Long offeredProviderId) {

        static EntryDto of(WaitlistEntry e, String patientName) {
            return new EntryDto(e.getId(), e.getPatientId(), patientName, e.getTherapy(), e.getPartOfDay(),
                    e.getNote(), e.getStatus(), e.getOfferedStart(), e.getOfferedProviderId());
        }
    }

    @Inject
    Waitlist waitlist;

    @GET
    @Operation(operationId = "listWaitlist", summary = "List the waitlist")
    public PageOf<EntryDto> list(@QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        return waitlist.waiting(page, size).map(line -> EntryDto.of(line.entry(), line.patientName()));
    }

    @POST
    @Operation(operationId = "addToWaitlist", summary = "Put a patient on the waitlist")
    @APIResponse(responseCode = "201", description = "The waitlist entry", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    public Response add(Wish wish) {
        if (wish == null || wish.patientId() == null) {
            throw new InvalidInput("patientId", "is required");
        }
        WaitlistEntry entry = waitlist.add(wish.patientId(), wish.therapy(), wish.partOfDay(), wish.note());
        return Response.status(201).entity(EntryDto.of(entry, null)).build();
    }

    /** Books the slot offered to the entry's patient. */
    @POST
    @Path("{entryId: \\d+}/book")
    @Operation(operationId = "bookWaitlistOffer", summary = "Book the slot offered to a waitlist entry")
    @APIResponse(responseCode = "409", description = "SLOT_TAKEN or no open offer")
    public AppointmentDto bookOffer(@PathParam("entryId") long entryId) {
        return AppointmentDto.of(waitlist.bookOffer(entryId));
    }

    @POST
    @Path("{entryId: \\d+}/decline")
    @Operation(operationId = "declineWaitlistOffer", summary = "Decline the slot offered to a waitlist entry")
    public EntryDto decline(@PathParam("entryId") long entryId) {
        return EntryDto.of(waitlist.decline(entryId), null);
    }

    @POST
    @Path("{entryId: \\d+}/withdraw")
    @Operation(operationId = "withdrawFromWaitlist", summary = "Take a patient off the waitlist")
    public EntryDto withdraw(@PathParam("entryId") long entryId) {
        return EntryDto.of(waitlist.withdraw(entryId), null);
    }
}
