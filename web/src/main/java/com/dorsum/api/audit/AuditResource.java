package com.dorsum.api.audit;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditChain;
import com.dorsum.audit.AuditEntry;
import com.dorsum.audit.AuditQuery;
import com.dorsum.audit.AuditTrail;
import com.dorsum.audit.ChainVerification;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** ADMIN's audit trail: search, CSV export and the verification of the chain (R22). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    /** The search; {@code mrn} takes an MRN, a birth date or a name, as the patient search does. */
    public static class Search {
        @QueryParam("mrn")
        String patient;
        @QueryParam("user")
        String user;
        @QueryParam("action")
        AuditAction action;
        @QueryParam("from")
        LocalDate from;
        @QueryParam("to")
        LocalDate to;

        AuditQuery query() {
            return new AuditQuery(patient, user, action, from, to);
        }
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    @GET
    public PageOf<AuditEntry> search(@BeanParam Search search,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return trail.search(search.query(), page, size);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@BeanParam Search search) {
        return Response.ok(trail.csv(search.query()), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return chain.verify();
    }
}
