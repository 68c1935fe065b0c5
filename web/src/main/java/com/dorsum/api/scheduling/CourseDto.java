package com.dorsum.api.scheduling;

import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseOutcome;
import com.dorsum.scheduling.CourseProgress;
import com.dorsum.scheduling.CourseProposal;
import com.dorsum.scheduling.CourseSpecification;
import com.dorsum.scheduling.VisitKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A course with its sessions (API.md, {@code POST /courses}); a proposal ({@code dryRun=true}) has no id, the
 * status PROPOSED and sessions without appointments.
 */
public record CourseDto(Long id, long patientId, VisitKind therapy, Long providerId, int sessionsPerWeek, int weeks,
                        int plannedSessions, LocalDate startDate, String status, CourseOutcome outcome,
                        CourseProgress progress, List<SessionDto> sessions) {

    static CourseDto of(Course c) {
        return new CourseDto(c.getId(), c.getPatientId(), c.getTherapy(), c.getProviderId(),
                c.getPattern().getSessionsPerWeek(), c.getPattern().getWeeks(), c.getPattern().getSessions(),
                c.getStartDate(), c.getStatus().name(), c.getOutcome(), c.progress(), c.getSessions().stream()
                .map(s -> SessionDto.of(s, c.weekOf(s.getStart().toLocalDate()) + 1)).toList());
    }

    static CourseDto of(CourseProposal proposal) {
        CourseSpecification spec = proposal.specification();
        return new CourseDto(null, spec.patientId(), spec.therapy(), spec.providerId() != null ? spec.providerId()
                : Long.valueOf(proposal.first().providerId()), spec.pattern().getSessionsPerWeek(),
                spec.pattern().getWeeks(), spec.pattern().getSessions(), spec.startDate(), "PROPOSED", null, null,
                proposal.sessions().stream().map(SessionDto::of).toList());
    }
}
