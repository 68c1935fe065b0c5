package com.dorsum.api.notes;

import com.dorsum.notes.NoteTemplate;
import com.dorsum.notes.NoteView;
import com.dorsum.notes.TemplateField;
import com.dorsum.scheduling.VisitKind;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A visit's note (R24): {@code status} NOT_STARTED, DRAFT or SIGNED; the template's fields with their options
 * ({@code template.fields}) and their values ({@code fields}); the addenda in the order written. Times are local
 * date-times in the clinic's zone.
 */
public record NoteDto(long appointmentId, long patientId, VisitKind visitKind, LocalDateTime visitStart,
                      Long courseId, Template template, String status, String subjective, String objective,
                      String assessment, String plan, Map<String, String> fields, String author,
                      LocalDateTime signedAt, List<AddendumDto> addenda, LocalDateTime savedAt) {

    public record Template(NoteTemplate name, String label, List<TemplateField> fields) {
    }

    public record AddendumDto(String reason, String text, String author, LocalDateTime at) {
    }

    public static NoteDto of(NoteView n, ZoneId zone) {
        return new NoteDto(n.appointmentId(), n.patientId(), n.visitKind(), n.visitStart(), n.courseId(),
                new Template(n.template(), n.template().label(), n.template().fields()),
                n.status() == null ? "NOT_STARTED" : n.status().name(), n.subjective(), n.objective(), n.assessment(),
                n.plan(), n.fields(), n.author(), local(n.signedAt(), zone),
                n.addenda().stream().map(a -> new AddendumDto(a.getReason(), a.getText(), a.getAuthor(),
                        local(a.getWrittenAt(), zone))).toList(), local(n.savedAt(), zone));
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }
}
