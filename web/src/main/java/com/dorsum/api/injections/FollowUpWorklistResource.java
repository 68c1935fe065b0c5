package com.dorsum.api.injections;

import com.dorsum.injections.Aftercare;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The injections whose aftercare check is due and not yet recorded (R8), the longest waiting first. */
@Path("worklists/injection-follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpWorklistResource {

    /** A follow-up due: the injection, its patient, and the day it fell due. */
    public record FollowUpDueDto(long patientId, String patientName, String mrn, InjectionDto injection,
                                 LocalDate dueOn) {
    }

    @Inject
    Aftercare aftercare;

    @GET
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "listInjectionFollowUpsDue", summary = "List injection follow-ups due")
    public PageOf<FollowUpDueDto> followUpsDue(@QueryParam("page") @DefaultValue("0") int page,
                                               @QueryParam("size") @DefaultValue("50") int size) {
        return aftercare.followUpsDue(page, size).map(i -> new FollowUpDueDto(i.getPatientId(),
                i.getPatient().getFullName(), i.getPatient().getMrn(), InjectionDto.of(i, List.of(), true),
                i.followUpDueOn()));
    }
}
