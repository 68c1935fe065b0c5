package com.dorsum.api.diary;

import com.dorsum.diary.DiaryFlag;
import com.dorsum.diary.DiaryPeriod;
import com.dorsum.diary.DiarySummary;
import com.dorsum.diary.PainDiary;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Diaries as clinicians read them: the patients in their care with flags, and one patient's entries. */
@Path("diaries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CLINICIAN_NAME)
public class DiaryResource {

    /** One patient's diary over a period with today's flags. */
    public record Period(LocalDate from, LocalDate to, List<DiaryEntryDto> items, List<DiaryFlag> flags) {
    }

    @Inject
    PainDiary diary;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listDiariesInMyCare", summary = "List the pain diaries of the patients in my care, flagged ones first")
    public PageOf<DiarySummary> inMyCare(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return diary.patientsInCare(page, size);
    }

    @GET
    @Path("{patientId: \\d+}")
    @Operation(operationId = "getPatientDiary", summary = "Read a patient's pain diary for a period")
    public Period of(@PathParam("patientId") long patientId, @QueryParam("from") LocalDate from,
                     @QueryParam("to") LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(89);
        DiaryPeriod period = diary.period(patientId, start, end);
        return new Period(start, end, period.entries().stream().map(DiaryEntryDto::of).toList(), period.flags());
    }
}
