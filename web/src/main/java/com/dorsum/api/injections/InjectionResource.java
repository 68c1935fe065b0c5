package com.dorsum.api.injections;

import com.dorsum.injections.Aftercare;
import com.dorsum.injections.ComplicationKind;
import com.dorsum.injections.Injection;
import com.dorsum.injections.InjectionBooking;
import com.dorsum.injections.Injections;
import com.dorsum.injections.ProcedureRecord;
import com.dorsum.injections.Relief;
import com.dorsum.injections.Severity;
import com.dorsum.injections.Side;
import com.dorsum.injections.SpinalLevel;
import com.dorsum.platform.InvalidInput;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A patient's facet-joint injections (R6-R8): book (clinicians, and the front desk for the slot a clinician asked
 * for), list with the allowance, move, cancel; record the procedure, the follow-up and complications (clinicians).
 * A booking, move or recording against the limit is 409 {@code FACET_INJECTION_LIMIT} with {@code earliestAllowed}.
 */
@Path("patients/{patientId: \\d+}/injections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InjectionResource {

    /** {@code level} as clinicians write it (L4-L5). */
    public record BookInjection(LocalDateTime start, String level, Side side, Long providerId, Long roomId) {
    }

    public record Move(LocalDateTime start) {
    }

    public record Cancel(String reason) {
    }

    public record RecordProcedure(List<String> levels, Side side, Boolean fluoroscopy, String anesthetic,
                                  String corticosteroid, LocalDateTime start, LocalDateTime end, Long providerId,
                                  String notes) {
    }

    public record RecordFollowUp(LocalDate checkedOn, Relief relief, Integer painScore, String notes) {
    }

    public record RecordComplication(ComplicationKind kind, LocalDate noticedOn, Severity severity, String notes) {
    }

    @Inject
    Injections injections;

    @Inject
    Aftercare aftercare;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    @Operation(operationId = "bookInjection", summary = "Book a facet-joint injection")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "lumbar", summary = "L4-L5 on the left", value = "{\"start\":\"2026-12-09T10:00\",\"level\":\"L4-L5\",\"side\":\"LEFT\",\"providerId\":3}")))
    @APIResponse(responseCode = "201", description = "The booked injection", content = @Content(schema = @Schema(implementation = InjectionDto.class)))
    @APIResponse(responseCode = "409", description = "FACET_INJECTION_LIMIT (R6): a fourth injection within six months; earliestAllowed is the first day it is allowed")
    public Response book(@PathParam("patientId") long patientId, BookInjection body) {
        BookInjection asked = body == null ? new BookInjection(null, null, null, null, null) : body;
        Injection booked = injections.book(patientId, new InjectionBooking(asked.start(),
                level(asked.level(), "level"), asked.side(), asked.providerId(), asked.roomId()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(booked.getId())).build())
                .entity(dto(booked)).build();
    }

    @GET
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    @Operation(operationId = "listInjections", summary = "List a patient's injections with the allowance (R6)")
    public InjectionsDto list(@PathParam("patientId") long patientId) {
        return InjectionsDto.of(injections.overview(patientId), clinical());
    }

    @POST
    @Path("{injectionId: \\d+}/move")
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    @Operation(operationId = "moveInjection", summary = "Move an injection to another start")
    @APIResponse(responseCode = "409", description = "FACET_INJECTION_LIMIT (R6): a fourth injection within six months; earliestAllowed is the first day it is allowed")
    public InjectionDto move(@PathParam("patientId") long patientId, @PathParam("injectionId") long injectionId,
                             Move body) {
        return dto(injections.move(patientId, injectionId, body == null ? null : body.start()));
    }

    @POST
    @Path("{injectionId: \\d+}/cancel")
    @RolesAllowed({Role.CLINICIAN_NAME, Role.FRONT_DESK_NAME})
    @Operation(operationId = "cancelInjection", summary = "Cancel an injection")
    @APIResponse(responseCode = "409", description = "The injection is not booked")
    public InjectionDto cancel(@PathParam("patientId") long patientId, @PathParam("injectionId") long injectionId,
                               Cancel body) {
        return dto(injections.cancel(patientId, injectionId, body == null ? null : body.reason()));
    }

    @POST
    @Path("{injectionId: \\d+}/procedure")
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "recordInjectionProcedure", summary = "Record the procedure of an injection")
    @APIResponse(responseCode = "409", description = "FACET_INJECTION_LIMIT, or the injection is not booked")
    public InjectionDto recordProcedure(@PathParam("patientId") long patientId,
                                        @PathParam("injectionId") long injectionId, RecordProcedure body) {
        ProcedureRecord record = new ProcedureRecord();
        if (body != null) {
            Set<SpinalLevel> levels = EnumSet.noneOf(SpinalLevel.class);
            if (body.levels() != null) {
                body.levels().forEach(l -> levels.add(level(l, "levels")));
            }
            record.setLevels(levels);
            record.setSide(body.side());
            record.setFluoroscopy(body.fluoroscopy() == null || body.fluoroscopy());
            record.setAnesthetic(body.anesthetic());
            record.setCorticosteroid(body.corticosteroid());
            record.setStart(body.start());
            record.setEnd(body.end());
            record.setProviderId(body.providerId());
            record.setNotes(body.notes());
        }
        return dto(injections.recordProcedure(patientId, injectionId, record));
    }

    @POST
    @Path("{injectionId: \\d+}/follow-up")
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "recordInjectionFollowUp", summary = "Record the follow-up check after an injection")
    @APIResponse(responseCode = "409", description = "The injection was not performed")
    public InjectionDto recordFollowUp(@PathParam("patientId") long patientId,
                                       @PathParam("injectionId") long injectionId, RecordFollowUp body) {
        RecordFollowUp asked = body == null ? new RecordFollowUp(null, null, null, null) : body;
        return dto(aftercare.recordFollowUp(patientId, injectionId, asked.checkedOn(), asked.relief(),
                asked.painScore(), asked.notes()));
    }

    @POST
    @Path("{injectionId: \\d+}/complications")
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "recordInjectionComplication", summary = "Record a complication of an injection")
    @APIResponse(responseCode = "201", description = "The complication", content = @Content(schema = @Schema(implementation = InjectionDto.ComplicationDto.class)))
    @APIResponse(responseCode = "409", description = "The injection was not performed")
    public Response recordComplication(@PathParam("patientId") long patientId,
                                       @PathParam("injectionId") long injectionId, RecordComplication body) {
        RecordComplication asked = body == null ? new RecordComplication(null, null, null, null) : body;
        return Response.status(201).entity(InjectionDto.ComplicationDto.of(aftercare.recordComplication(patientId,
                injectionId, asked.kind(), asked.noticedOn(), asked.severity(), asked.notes()))).build();
    }

    private InjectionDto dto(Injection injection) {
        return InjectionDto.of(injection, List.of(), clinical());
    }

    private boolean clinical() {
        return security.isUserInRole(Role.CLINICIAN_NAME);
    }

    private static SpinalLevel level(String text, String field) {
        if (text == null) {
            return null;
        }
        return SpinalLevel.parse(text).orElseThrow(() -> new InvalidInput(field,
                "'" + text + "' is not a spinal level; write it like L4-L5 or C7-T1"));
    }
}
