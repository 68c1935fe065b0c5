package com.dorsum.api.audit;

import com.dorsum.audit.AccessEntry;
import com.dorsum.audit.AuditTrail;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The signed-in patient's access history (R23): who read or changed their record, and when. */
@Path("me/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PATIENT_NAME)
public class AccessLogResource {

    @Inject
    AuditTrail trail;

    @GET
    public Map<String, List<AccessEntry>> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return Map.of("items", trail.myAccessHistory(from, to));
    }
}
