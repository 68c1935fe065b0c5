package com.dorsum.notes;

import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.VisitKind;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A visit with its note as the clinician reads it: the visit, the template, the note's parts and addenda; status
 * null while nothing was written. {@code mine} when the reader is the treating clinician, who alone writes it.
 */
public record NoteView(long appointmentId, long patientId, VisitKind visitKind, LocalDateTime visitStart,
                       long providerId, Long courseId, NoteTemplate template, NoteStatus status, String subjective,
                       String objective, String assessment, String plan, Map<String, String> fields, String author,
                       Instant signedAt, List<Addendum> addenda, Instant savedAt, boolean mine) {

    static NoteView of(Appointment visit, VisitNote note, boolean mine) {
        if (note == null) {
            return new NoteView(visit.getId(), visit.getPatientId(), visit.getKind(), visit.getStart(),
                    visit.getProviderId(), visit.getCourseId(), NoteTemplate.of(visit.getKind()), null, null, null,
                    null, null, Map.of(), null, null, List.of(), null, mine);
        }
        return new NoteView(visit.getId(), visit.getPatientId(), visit.getKind(), visit.getStart(),
                visit.getProviderId(), visit.getCourseId(), note.getTemplate(), note.getStatus(),
                note.getSubjective(), note.getObjective(), note.getAssessment(), note.getPlan(), note.getFields(),
                note.getAuthor(), note.getSignedAt(), note.getAddenda(), note.getUpdatedAt(), mine);
    }

    public boolean signed() {
        return status == NoteStatus.SIGNED;
    }

    /** The template fields' values in words, in the template's order, for reading. */
    public List<String> fieldLines() {
        return template.fields().stream().filter(f -> fields.containsKey(f.name()))
                .map(f -> f.label() + ": " + switch (f.kind()) {
                    case CHOICES, CHOICE -> String.join(", ", java.util.Arrays.stream(fields.get(f.name()).split(","))
                            .map(TemplateField::words).toList());
                    default -> fields.get(f.name());
                }).toList();
    }
}
