package com.dorsum.api.injections;

import com.dorsum.injections.Complication;
import com.dorsum.injections.ComplicationKind;
import com.dorsum.injections.FollowUp;
import com.dorsum.injections.Injection;
import com.dorsum.injections.InjectionOverview;
import com.dorsum.injections.InjectionStatus;
import com.dorsum.injections.Procedure;
import com.dorsum.injections.Relief;
import com.dorsum.injections.Severity;
import com.dorsum.injections.Side;
import com.dorsum.injections.SpinalLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An injection as the API shows it (API.md, "Shapes"): {@code level} is the first (or only) level, {@code levels}
 * all of them. The procedure record, follow-up and complications are clinical content: the domain's
 * {@link InjectionOverview} leaves them out for the front desk (R21).
 */
public record InjectionDto(long id, Long appointmentId, LocalDate date, LocalDateTime start, String level,
                           List<String> levels, Side side, InjectionStatus status, long providerId,
                           String cancelReason, LocalDate followUpDueOn, ProcedureDto procedure,
                           FollowUpDto followUp, List<ComplicationDto> complications) {

    public record ProcedureDto(LocalDateTime start, LocalDateTime end, long minutes, boolean fluoroscopy,
                               String anesthetic, String corticosteroid, Long performedBy, String notes,
                               String recordedBy) {
    }

    public record FollowUpDto(LocalDate checkedOn, Relief relief, Integer painScore, String notes) {
    }

    public record ComplicationDto(long id, long injectionId, ComplicationKind kind, LocalDate noticedOn,
                                  Severity severity, String notes) {

        static ComplicationDto of(Complication c) {
            return new ComplicationDto(c.getId(), c.getInjectionId(), c.getKind(), c.getNoticedOn(), c.getSeverity(),
                    c.getNotes());
        }
    }

    /** The injection as the overview shapes it for the caller (R21). */
    static InjectionDto of(Injection i, InjectionOverview overview) {
        return of(i, overview.procedureOf(i), overview.followUpOf(i), overview.complicationsOf(i),
                overview.clinical());
    }

    /** A single injection just changed by a clinician, or booked (no clinical content yet). */
    static InjectionDto of(Injection i, boolean clinical) {
        return of(i, clinical ? i.getProcedure() : null, clinical ? i.getFollowUp() : null, List.of(), clinical);
    }

    private static InjectionDto of(Injection i, Procedure p, FollowUp f, List<Complication> complications,
                                   boolean clinical) {
        List<String> levels = i.getLevels().stream().sorted().map(SpinalLevel::label).toList();
        return new InjectionDto(i.getId(), i.getAppointmentId(), i.date(), i.getStart().withNano(0),
                levels.isEmpty() ? null : levels.get(0), levels, i.getSide(), i.getStatus(), i.getProviderId(),
                i.getCancelReason(), i.getStatus() == InjectionStatus.PERFORMED ? i.followUpDueOn() : null,
                p == null ? null : new ProcedureDto(p.getStartedAt(), p.getEndedAt(), p.minutes(),
                        p.isFluoroscopy(), p.getAnesthetic(), p.getCorticosteroid(), p.getPerformedBy(),
                        p.getNotes(), p.getRecordedBy()),
                f == null ? null : new FollowUpDto(f.getCheckedOn(), f.getRelief(), f.getPainScore(),
                        f.getNotes()),
                clinical ? complications.stream().map(ComplicationDto::of).toList() : null);
    }
}
