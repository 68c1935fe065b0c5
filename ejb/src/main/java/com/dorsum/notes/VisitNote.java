package com.dorsum.notes;

import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The note of one visit (R24), written by the treating clinician: subjective, objective, assessment and plan with
 * the fields of the discipline's {@link NoteTemplate}. It is a draft, saved as often as its author types, until
 * the author signs it; a signed note never changes ({@code NOTE_SIGNED}): corrections are {@link Addendum}s with
 * a reason, author and time, kept in the order written. Only the author changes, signs or amends it.
 */
@Entity
public class VisitNote extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long appointmentId;

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Column(nullable = false, updatable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private NoteTemplate template;

    @Column(nullable = false, updatable = false, length = 80)
    private String author;

    @Column(length = 4000)
    private String subjective;

    @Column(length = 4000)
    private String objective;

    @Column(length = 4000)
    private String assessment;

    @Column(length = 4000)
    private String plan;

    @ElementCollection
    @CollectionTable(name = "visit_note_field", joinColumns = @JoinColumn(name = "note_id"))
    @MapKeyColumn(name = "field_name", length = 40)
    @Column(name = "field_value", nullable = false, length = 1000)
    private Map<String, String> fields = new TreeMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoteStatus status = NoteStatus.DRAFT;

    private Instant signedAt;

    @ElementCollection
    @CollectionTable(name = "visit_note_addendum", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "addendum_index")
    private List<Addendum> addenda = new ArrayList<>();

    protected VisitNote() {
    }

    /** A new draft of a visit's note by its treating clinician. */
    public VisitNote(long appointmentId, long patientId, long providerId, NoteTemplate template, String author) {
        this.appointmentId = appointmentId;
        this.patientId = patientId;
        this.providerId = providerId;
        this.template = template;
        this.author = author;
    }

    /** Saves the draft as typed; refused once signed, by anyone but the author, or field by field. */
    public void revise(NoteInput input, String by) {
        requireAuthor(by);
        requireDraft();
        List<Violation> wrong = input.violations(template);
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        subjective = NoteInput.trimmed(input.subjective());
        objective = NoteInput.trimmed(input.objective());
        assessment = NoteInput.trimmed(input.assessment());
        plan = NoteInput.trimmed(input.plan());
        fields.clear();
        if (input.fields() != null) {
            input.fields().forEach((name, value) -> template.field(name).map(f -> f.normalized(value))
                    .ifPresent(normalized -> fields.put(name, normalized)));
        }
    }

    /** Signs the note: from now on it never changes. A note with nothing written cannot be signed. */
    public void sign(String by, Instant now) {
        requireAuthor(by);
        requireDraft();
        if (subjective == null && objective == null && assessment == null && plan == null) {
            throw new DomainException(DomainException.Kind.RULE, "NOTE_EMPTY",
                    "Write at least one of subjective, objective, assessment or plan before signing");
        }
        status = NoteStatus.SIGNED;
        signedAt = now;
    }

    /** Adds a correction or addition to the signed note; a draft is simply edited instead. */
    public Addendum amend(String reason, String text, String by, Instant now) {
        requireAuthor(by);
        if (status != NoteStatus.SIGNED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "NOTE_NOT_SIGNED",
                    "The note is still a draft: change it directly, addenda are for signed notes");
        }
        List<Violation> wrong = new ArrayList<>();
        String why = NoteInput.trimmed(reason);
        String what = NoteInput.trimmed(text);
        if (why == null) {
            wrong.add(new Violation("reason", "Give the reason for the addendum"));
        } else if (why.length() > 300) {
            wrong.add(new Violation("reason", "Keep the reason to at most 300 characters"));
        }
        if (what == null) {
            wrong.add(new Violation("text", "Write the addendum"));
        } else if (what.length() > NoteInput.MAX_PART) {
            wrong.add(new Violation("text", "Keep the addendum to at most " + NoteInput.MAX_PART + " characters"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        Addendum addendum = new Addendum(why, what, by, now);
        addenda.add(addendum);
        return addendum;
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    private void requireDraft() {
        if (status == NoteStatus.SIGNED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "NOTE_SIGNED",
                    "The note was signed and cannot change: add an addendum instead");
        }
    }

    private void requireAuthor(String by) {
        if (!author.equals(by)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_AUTHOR",
                    "Only the note's author, the treating clinician, may change, sign or amend it");
        }
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public long getPatientId() {
        return patientId;
    }

    public long getProviderId() {
        return providerId;
    }

    public NoteTemplate getTemplate() {
        return template;
    }

    public String getAuthor() {
        return author;
    }

    public String getSubjective() {
        return subjective;
    }

    public String getObjective() {
        return objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getPlan() {
        return plan;
    }

    public Map<String, String> getFields() {
        return new TreeMap<>(fields);
    }

    public NoteStatus getStatus() {
        return status;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public List<Addendum> getAddenda() {
        return List.copyOf(addenda);
    }
}
