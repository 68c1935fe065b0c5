package com.dorsum.api.care;

import com.dorsum.care.CareRole;
import com.dorsum.care.CareTeam;
import com.dorsum.care.CareTeamMember;
import com.dorsum.care.CareTeams;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A patient's care team (R19): staff read it; the front desk and ADMIN add ({@code {clinicianId, role}}) and end
 * memberships. A clinician is refused (403), with {@code SELF_ASSIGNMENT} when adding themselves.
 */
@Path("patients/{patientId: \\d+}/care-team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareTeamResource {

    public record Join(Long clinicianId, String role) {
    }

    public record MemberDto(long id, long clinicianId, String clinician, String discipline, CareRole role,
                            LocalDateTime since, String addedBy, LocalDate lastVisit, LocalDate lapsesOn,
                            boolean active, LocalDateTime endedAt, String endedBy) {
    }

    public record TeamDto(List<MemberDto> items, long total) {
    }

    @Inject
    CareTeams careTeams;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public TeamDto team(@PathParam("patientId") long patientId) {
        List<MemberDto> members = careTeams.team(patientId).members().stream().map(this::dto).toList();
        return new TeamDto(members, members.size());
    }

    @POST
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public Response add(@PathParam("patientId") long patientId, Join body) {
        Join asked = body == null ? new Join(null, null) : body;
        CareTeamMember member = careTeams.add(patientId, asked.clinicianId(),
                Choice.of(CareRole.class, "role", asked.role()));
        MemberDto created = careTeams.team(patientId).members().stream().filter(m -> m.id() == member.getId())
                .findFirst().map(this::dto).orElseThrow();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{memberId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public Response end(@PathParam("patientId") long patientId, @PathParam("memberId") long memberId) {
        careTeams.end(patientId, memberId);
        return Response.noContent().build();
    }

    private MemberDto dto(CareTeam.Member m) {
        return new MemberDto(m.id(), m.clinicianId(), m.clinician(), m.discipline().name(), m.role(),
                at(m.since()), m.addedBy(), m.lastVisit(), m.lapsesOn(), m.active(), at(m.endedAt()), m.endedBy());
    }

    private LocalDateTime at(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone()).withNano(0);
    }
}
