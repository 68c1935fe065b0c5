package com.dorsum.api.portal;

import com.dorsum.api.diary.DiaryEntryDto;
import com.dorsum.api.plans.PlanDto;
import com.dorsum.diary.DiaryInput;
import com.dorsum.diary.PainDiary;
import com.dorsum.plans.TreatmentPlans;
import com.dorsum.platform.MultiLineText;
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
    public record ChangeRequest(VisitChangeRequest.Kind kind, LocalDateTime start, @MultiLineText String note) {
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
    public PlanDto plan() {
        return plans.current(me()).map(PlanDto::of).orElseThrow(() -> new NotFound("plan"));
    }

    /** Visits from {@code from} (default: six months ago) to {@code to} (default: six months ahead). */
    @GET
    @Path("appointments")
    public PageOf<MyVisitDto> appointments(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<MyVisitDto> items = visits.visits(me(), from != null ? from : today.minusMonths(6),
                to != null ? to : today.plusMonths(6)).stream().map(MyVisitDto::of).toList();
        return new PageOf<>(items, items.size());
    }

    @GET
    @Path("appointments.ics")
    @Produces(CALENDAR)
    public Response calendar() {
        return Response.ok(visits.calendarFile(me()), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"my-visits.ics\"").build();
    }

    /** A new secret subscription link for calendar apps (the old one stops working). */
    @POST
    @Path("calendar-subscription")
    public Map<String, String> subscribe() {
        String token = visits.renewFeed(me());
        String https = uriInfo.getBaseUriBuilder().path("feeds").path(token).path("appointments.ics").build()
                .toString();
        return Map.of("url", https, "webcal", https.replaceFirst("^https?://", "webcal://"));
    }

    @POST
    @Path("appointments/{appointmentId: \\d+}/change-requests")
    public Response askToChange(@PathParam("appointmentId") long appointmentId, ChangeRequest body) {
        ChangeRequest asked = body == null ? new ChangeRequest(null, null, null) : body;
        VisitChangeRequest request = changes.ask(appointmentId, asked.kind(), asked.start(), asked.note());
        return Response.status(request.getStatus() == VisitChangeRequest.Status.APPLIED ? 200 : 202)
                .entity(new ChangeReply(request.getId(), appointmentId, request.getKind(), request.getStatus(),
                        request.forPatient())).build();
    }

    @GET
    @Path("diary")
    public PageOf<DiaryEntryDto> diary(@QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        return diary.entries(me(), page, size).map(DiaryEntryDto::of);
    }

    @POST
    @Path("diary")
    public Response addToDiary(DiaryInput input) {
        DiaryEntryDto added = DiaryEntryDto.of(diary.add(me(), input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("diary/{entryId: \\d+}")
    public DiaryEntryDto diaryEntry(@PathParam("entryId") long entryId) {
        return DiaryEntryDto.of(diary.entry(entryId));
    }

    @PUT
    @Path("diary/{entryId: \\d+}")
    public DiaryEntryDto correct(@PathParam("entryId") long entryId, DiaryInput input) {
        return DiaryEntryDto.of(diary.change(entryId, input));
    }

    @DELETE
    @Path("diary/{entryId: \\d+}")
    public Response delete(@PathParam("entryId") long entryId) {
        diary.delete(entryId);
        return Response.noContent().build();
    }

    @GET
    @Path("diary.csv")
    @Produces("text/csv")
    public Response diaryCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(89);
        return Response.ok(diary.csv(me(), start, end), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"pain-diary.csv\"").build();
    }

    @GET
    @Path("diary.pdf")
    @Produces("application/pdf")
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
