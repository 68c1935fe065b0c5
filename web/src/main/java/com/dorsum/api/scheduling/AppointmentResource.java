package com.dorsum.api.scheduling;

import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.AppointmentBook;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    /** A single visit to book. */
    public record BookVisit(Long patientId, Long providerId, Long roomId, VisitKind kind, LocalDateTime start) {
    }

    public record Reschedule(LocalDateTime start) {
    }

    public record Cancel(String reason) {
    }

    @Inject
    AppointmentBook book;

    /** The calendar between two dates (from inclusive, to exclusive; default: the coming week). */
    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    @Operation(operationId = "listAppointments", summary = "Read the calendar: appointments of a provider or patient in a period")
    public PageOf<AppointmentDto> list(@QueryParam("providerId") Long providerId,
                                       @QueryParam("patientId") Long patientId,
                                       @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.now();
        LocalDate end = to != null ? to : start.plusDays(7);
        List<AppointmentDto> items = book.appointments(providerId, patientId, start.atStartOfDay(),
                end.atStartOfDay()).stream().map(AppointmentDto::of).toList();
        return new PageOf<>(items, items.size());
    }

    @POST
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "bookVisit", summary = "Book a single visit (a review, or a session outside a course)")
    @APIResponse(responseCode = "201", description = "The booked appointment", content = @Content(schema = @Schema(implementation = AppointmentDto.class)))
    @APIResponse(responseCode = "409", description = "SLOT_TAKEN: the provider, room or patient is busy then; BOOK_AS_INJECTION for an injection visit")
    public Response bookVisit(BookVisit visit) {
        if (visit == null || visit.patientId() == null || visit.providerId() == null) {
            throw new com.dorsum.platform.InvalidInput(visit == null || visit.patientId() == null
                    ? "patientId" : "providerId", "is required");
        }
        AppointmentDto booked = AppointmentDto.of(book.book(visit.patientId(), visit.providerId(), visit.roomId(),
                visit.kind(), visit.start()));
        return Response.status(201).entity(booked).build();
    }

    @POST
    @Path("{appointmentId: \\d+}/reschedule")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "rescheduleAppointment", summary = "Move an appointment to another start")
    @APIResponse(responseCode = "409", description = "SLOT_TAKEN, or FACET_INJECTION_LIMIT for an injection moved into a full window")
    @APIResponse(responseCode = "422", description = "COURSE_RULES: the move breaks the course's weekly rule")
    public AppointmentDto reschedule(@PathParam("appointmentId") long appointmentId, Reschedule body) {
        return AppointmentDto.of(book.reschedule(appointmentId, body == null ? null : body.start()));
    }

    @POST
    @Path("{appointmentId: \\d+}/cancel")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment (late when under 24 hours ahead)")
    @APIResponse(responseCode = "409", description = "The appointment can no longer be cancelled")
    public AppointmentDto cancel(@PathParam("appointmentId") long appointmentId, Cancel body) {
        return AppointmentDto.of(book.cancel(appointmentId, body == null ? null : body.reason()));
    }

    @POST
    @Path("{appointmentId: \\d+}/check-in")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "checkInAppointment", summary = "Check a patient in for an appointment")
    @APIResponse(responseCode = "409", description = "The appointment is not booked for today")
    public AppointmentDto checkIn(@PathParam("appointmentId") long appointmentId) {
        return AppointmentDto.of(book.checkIn(appointmentId));
    }

    @POST
    @Path("{appointmentId: \\d+}/done")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "completeAppointment", summary = "Mark an appointment done")
    @APIResponse(responseCode = "409", description = "The appointment is not checked in or booked")
    public AppointmentDto done(@PathParam("appointmentId") long appointmentId) {
        return AppointmentDto.of(book.markDone(appointmentId));
    }

    @POST
    @Path("{appointmentId: \\d+}/no-show")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "markAppointmentNoShow", summary = "Record that the patient did not come")
    @APIResponse(responseCode = "409", description = "The appointment is not booked")
    public AppointmentDto noShow(@PathParam("appointmentId") long appointmentId) {
        return AppointmentDto.of(book.recordNoShow(appointmentId));
    }
}
