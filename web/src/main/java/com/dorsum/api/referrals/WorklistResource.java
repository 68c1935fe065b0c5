package com.dorsum.api.referrals;

import com.dorsum.platform.PageOf;
import com.dorsum.referrals.OverdueRules;
import com.dorsum.referrals.Orders;
import com.dorsum.referrals.Referrals;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The worklists that keep referrals and results from being forgotten (R9, R10). */
@Path("worklists")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    /** An overdue referral with what it waits for and since when that was due. */
    public record OverdueReferralDto(ReferralDto referral, OverdueRules.Waiting waiting, LocalDateTime due) {
    }

    @Inject
    Referrals referrals;

    @Inject
    Orders orders;

    @Inject
    Clock clock;

    @GET
    @Path("overdue-referrals")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "listOverdueReferrals", summary = "List referrals overdue for booking or a report")
    public PageOf<OverdueReferralDto> overdueReferrals(@QueryParam("page") @DefaultValue("0") int page,
                                                       @QueryParam("size") @DefaultValue("50") int size) {
        return referrals.overdue(page, size).map(o -> new OverdueReferralDto(
                ReferralDto.of(o.referral(), clock.getZone()), o.overdue().waiting(),
                LocalDateTime.ofInstant(o.overdue().deadline(), clock.getZone())));
    }

    /** The signed-in clinician's orders with a result nobody has reviewed: abnormal first. */
    @GET
    @Path("unreviewed-results")
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "listUnreviewedResults", summary = "List received results not yet reviewed")
    public PageOf<OrderDto> unreviewedResults(@QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("50") int size) {
        return orders.unreviewedResults(page, size).map(o -> OrderDto.of(o, clock.getZone()));
    }
}
