package com.dorsum.api.injections;

import com.dorsum.injections.Aftercare;
import com.dorsum.injections.ComplicationKind;
import com.dorsum.injections.ComplicationReport;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Complication counts and rates per clinician for the injections performed in a period (R8). */
@Path("reports/injection-complications")
@Produces(MediaType.APPLICATION_JSON)
public class ComplicationReportResource {

    /** One clinician's (or the total) figures; {@code rate} is percent of performed injections with one. */
    public record RowDto(Long providerId, String clinician, long performed, long withComplications,
                         long complications, double rate, Map<ComplicationKind, Long> byKind) {

        static RowDto of(ComplicationReport.Row row) {
            return new RowDto(row.providerId(), row.clinician(), row.performed(), row.withComplications(),
                    row.complications(), row.rate(), row.byKind());
        }
    }

    public record ReportDto(LocalDate from, LocalDate to, List<RowDto> rows, RowDto total) {
    }

    @Inject
    Aftercare aftercare;

    @Inject
    Clock clock;

    /** Injections performed from {@code from} to {@code to}, both inclusive (default: the twelve months to today). */
    @GET
    @RolesAllowed({Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    @Operation(operationId = "getComplicationReport", summary = "Report injection complications per clinician for a period")
    public ReportDto report(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        ComplicationReport report = aftercare.report(from != null ? from : end.minusYears(1).plusDays(1), end);
        return new ReportDto(report.from(), report.to(), report.rows().stream().map(RowDto::of).toList(),
                RowDto.of(report.total()));
    }
}
