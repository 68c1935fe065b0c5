package com.dorsum.api.care;

import com.dorsum.care.BreakGlass;
import com.dorsum.care.EmergencyReason;
import com.dorsum.care.EmergencyReviewItem;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.PageOf;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** ADMIN's review of break-glass access (R20): the list ({@code ?reviewed=false}) and one review ({@code {note}}). */
@Path("emergency-access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyAccessResource {

    public record Review(String note) {
    }

    public record ItemDto(long id, LocalDateTime at, String clinician, long patientId, String mrn, String patient,
                          EmergencyReason reason, String note, LocalDateTime until, boolean reviewed,
                          String reviewedBy, LocalDateTime reviewedAt, String reviewNote) {
    }

    @Inject
    BreakGlass breakGlass;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public PageOf<ItemDto> reviewList(@QueryParam("reviewed") String reviewed,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        return breakGlass.reviewList(flag(reviewed), page, size).map(this::dto);
    }

    @POST
    @Path("{id: \\d+}/review")
    @RolesAllowed(Role.ADMIN_NAME)
    public ItemDto review(@PathParam("id") long id, Review body) {
        return dto(breakGlass.review(id, body == null ? null : body.note()));
    }

    private ItemDto dto(EmergencyReviewItem i) {
        return new ItemDto(i.id(), at(clock, i.at()), i.clinician(), i.patientId(), i.mrn(), i.patientName(), i.reason(),
                i.note(), at(clock, i.until()), i.reviewed(), i.reviewedBy(), at(clock, i.reviewedAt()), i.reviewNote());
    }

    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("reviewed", "must be true or false");
        };
    }

    static LocalDateTime at(Clock clock, Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone()).withNano(0);
    }
}
