package com.dorsum.api.outcomes;

import com.dorsum.outcomes.McidReport;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Per therapy and clinician, the share of completed courses whose scores reached the MCID (default: a year). */
@Path("reports/outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeReportResource {

    public record Report(LocalDate from, LocalDate to, List<McidReport.Line> items) {
    }

    @Inject
    OutcomeMeasures outcomes;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public Report report(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusYears(1);
        return new Report(start, end, outcomes.mcidReport(start, end).lines());
    }
}
