package com.dorsum.api.portal;

import com.dorsum.api.diary.DiaryEntryDto;
import com.dorsum.api.plans.PlanDto;
import com.dorsum.diary.DiaryInput;
import com.dorsum.diary.PainDiary;
import com.dorsum.plans.TreatmentPlans;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.PatientVisits;
import com.dorsum.scheduling.VisitChangeRequest;
import com.dorsum.scheduling.VisitChangeRequests;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The signed-in patient's own data. Nothing here takes a patient id: the patient is the caller. Ids of diary entries
 * and appointments that are not the caller's own are refused as not found and audited (PatientAccess).
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PATIENT_NAME)
public class MeResource {

    static final String CALENDAR = "text/calendar; charset=utf-8";

    /** A request to cancel or move a visit. */
    public record ChangeRequest(VisitChangeRequest.Kind kind, LocalDateTime start, String note) {
    }

    /** What became of a change request: APPLIED at once, or WAITING for the front desk. */
    public record ChangeReply(long id, long appointmentId, VisitChangeRequest.Kind kind,
                              VisitChangeRequest.Status status, String forPatient) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    TreatmentPlans plans;

    @Inject
    PatientVisits visits;

    @Inject
    VisitChangeRequests changes;

    @Inject
    PainDiary diary;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("plan")
    @Operation(operationId = "getMyPlan", summary = "Get my current treatment plan")
    public PlanDto plan() {
        return plans.current(me()).map(PlanDto::of).orElseThrow(() -> new NotFound("plan"));
    }

    /** Visits from {@code from} (default: six months ago) to {@code to} (default: six months ahead). */
    @GET
    @Path("appointments")
    @Operation(operationId = "listMyAppointments", summary = "List my visits")
    public PageOf<MyVisitDto> appointments(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<MyVisitDto> items = visits.visits(me(), from != null ? from : today.minusMonths(6),
                to != null ? to : today.plusMonths(6)).stream().map(MyVisitDto::of).toList();
        return new PageOf<>(items, items.size());
    }

    @GET
    @Path("appointments.ics")
    @Produces(CALENDAR)
    @Operation(operationId = "getMyCalendar", summary = "Get my upcoming visits as an iCalendar file")
    @APIResponse(responseCode = "200", description = "The RFC 5545 calendar")
    public Response calendar() {
        return Response.ok(visits.calendarFile(me()), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"my-visits.ics\"").build();
    }

    /** A new secret subscription link for calendar apps (the old one stops working). */
    @POST
    @Path("calendar-subscription")
    @Operation(operationId = "subscribeToMyCalendar", summary = "Make a new secret calendar subscription link (the old one stops working)")
    public Map<String, String> subscribe() {
        String token = visits.renewFeed(me());
        String https = uriInfo.getBaseUriBuilder().path("feeds").path(token).path("appointments.ics").build()
                .toString();
        return Map.of("url", https, "webcal", https.replaceFirst("^https?://", "webcal://"));
    }

    @POST
    @Path("appointments/{appointmentId: \\d+}/change-requests")
    @Operation(operationId = "askToChangeMyVisit", summary = "Ask to cancel or move one of my visits")
    @APIResponse(responseCode = "200", description = "APPLIED: done at once (24 hours or more ahead)", content = @Content(schema = @Schema(implementation = ChangeReply.class)))
    @APIResponse(responseCode = "202", description = "WAITING: the front desk will decide", content = @Content(schema = @Schema(implementation = ChangeReply.class)))
    @APIResponse(responseCode = "409", description = "SLOT_TAKEN, or the visit can no longer be changed")
    public Response askToChange(@PathParam("appointmentId") long appointmentId, ChangeRequest body) {
        ChangeRequest asked = body == null ? new ChangeRequest(null, null, null) : body;
        VisitChangeRequest request = changes.ask(appointmentId, asked.kind(), asked.start(), asked.note());
        return Response.status(request.getStatus() == VisitChangeRequest.Status.APPLIED ? 200 : 202)
                .entity(new ChangeReply(request.getId(), appointmentId, request.getKind(), request.getStatus(),
                        request.forPatient())).build();
    }

    @GET
    @Path("diary")
    @Operation(operationId = "listMyDiaryEntries", summary = "List my pain diary entries")
    public PageOf<DiaryEntryDto> diary(@QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        return diary.entries(me(), page, size).map(DiaryEntryDto::of);
    }

    @POST
    @Path("diary")
    @Operation(operationId = "addMyDiaryEntry", summary = "Add an entry to my pain diary")
    @APIResponse(responseCode = "201", description = "The entry", content = @Content(schema = @Schema(implementation = DiaryEntryDto.class)))
    public Response addToDiary(DiaryInput input) {
        DiaryEntryDto added = DiaryEntryDto.of(diary.add(me(), input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("diary/{entryId: \\d+}")
    @Operation(operationId = "getMyDiaryEntry", summary = "Get one of my pain diary entries")
    public DiaryEntryDto diaryEntry(@PathParam("entryId") long entryId) {
        return DiaryEntryDto.of(diary.entry(entryId));
    }

    @PUT
    @Path("diary/{entryId: \\d+}")
    @Operation(operationId = "correctMyDiaryEntry", summary = "Correct one of my pain diary entries")
    public DiaryEntryDto correct(@PathParam("entryId") long entryId, DiaryInput input) {
        return DiaryEntryDto.of(diary.change(entryId, input));
    }

    @DELETE
    @Path("diary/{entryId: \\d+}")
    @Operation(operationId = "deleteMyDiaryEntry", summary = "Delete one of my pain diary entries")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("entryId") long entryId) {
        diary.delete(entryId);
        return Response.noContent().build();
    }

    @GET
    @Path("diary.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportMyDiaryCsv", summary = "Export my pain diary as CSV")
    @APIResponse(responseCode = "200", description = "The diary as CSV")
    public Response diaryCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(89);
        return Response.ok(diary.csv(me(), start, end), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"pain-diary.csv\"").build();
    }

    @GET
    @Path("diary.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "exportMyDiaryPdf", summary = "Export my pain diary as PDF")
    @APIResponse(responseCode = "200", description = "The diary as PDF")
    public Response diaryPdf(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(89);
        return Response.ok(diary.pdf(me(), start, end), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"pain-diary.pdf\"").build();
    }

    private long me() {
        return currentUser.ownPatientId().orElseThrow(() -> new NotFound("patient"));
    }
}
