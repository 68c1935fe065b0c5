package com.dorsum.notes;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R24: a draft changes until its author signs it; a signed note never changes; addenda are added in order. */
class VisitNoteTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static VisitNote physiotherapyDraft() {
        VisitNote note = new VisitNote(11, 3, 2, NoteTemplate.PHYSIOTHERAPY, "physio");
        note.revise(new NoteInput("Stiff after desk work", "Reduced thoracic rotation", "Improving", "Continue",
                Map.of("modalities", "exercises, therapeutic_ultrasound")), "physio");
        return note;
    }

    @Test
    void aDraftKeepsWhatWasTypedWithTheTemplateFieldsInTheTemplatesOrder() {
        VisitNote note = physiotherapyDraft();
        assertEquals("THERAPEUTIC_ULTRASOUND,EXERCISES", note.getFields().get("modalities"));
        note.revise(new NoteInput("Better today", null, " ", null, Map.of()), "physio");
        assertEquals("Better today", note.getSubjective());
        assertEquals(null, note.getAssessment());
        assertTrue(note.getFields().isEmpty());
    }

    @Test
    void aSignedNoteNeverChanges() {
        VisitNote note = physiotherapyDraft();
        note.sign("physio", NOW);
        assertTrue(note.isSigned());
        assertEquals(NOW, note.getSignedAt());
        DomainException refused = assertThrows(DomainException.class, () -> note.revise(
                new NoteInput("changed", null, null, null, null), "physio"));
        assertEquals("NOTE_SIGNED", refused.code());
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("Stiff after desk work", note.getSubjective());
        assertEquals("NOTE_SIGNED", assertThrows(DomainException.class, () -> note.sign("physio", NOW)).code());
    }

    @Test
    void addendaCarryReasonTextAuthorAndTimeInTheOrderWritten() {
        VisitNote note = physiotherapyDraft();
        assertEquals("NOTE_NOT_SIGNED", assertThrows(DomainException.class,
                () -> note.amend("typo", "text", "physio", NOW)).code());
        note.sign("physio", NOW);
        note.amend("Wrong side", "Pain is on the left, not the right", "physio", NOW.plusSeconds(60));
        note.amend("Result", "X-ray normal", "physio", NOW.plusSeconds(120));
        assertEquals(2, note.getAddenda().size());
        Addendum first = note.getAddenda().get(0);
        assertEquals("Wrong side", first.getReason());
        assertEquals("physio", first.getAuthor());
        assertEquals(NOW.plusSeconds(60), first.getWrittenAt());
        assertEquals("X-ray normal", note.getAddenda().get(1).getText());
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> note.amend(" ", "", "physio", NOW));
        assertEquals(2, noReason.violations().size());
    }

    @Test
    void onlyTheAuthorChangesSignsOrAmends() {
        VisitNote note = physiotherapyDraft();
        assertEquals("NOT_AUTHOR", assertThrows(DomainException.class, () -> note.sign("clinician", NOW)).code());
        assertEquals("NOT_AUTHOR", assertThrows(DomainException.class, () -> note.revise(
                new NoteInput("x", null, null, null, null), "clinician")).code());
    }

    @Test
    void anEmptyNoteCannotBeSigned() {
        VisitNote note = new VisitNote(11, 3, 2, NoteTemplate.CBT, "psych");
        note.revise(new NoteInput(null, null, null, null, Map.of("stressPractices", "BREATHING_EXERCISES")), "psych");
        assertEquals("NOTE_EMPTY", assertThrows(DomainException.class, () -> note.sign("psych", NOW)).code());
    }

    @Test
    void templateFieldsAreCheckedByTheirDiscipline() {
        VisitNote massage = new VisitNote(12, 3, 5, NoteTemplate.MASSAGE, "tom");
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> massage.revise(new NoteInput(null, null, null,
                null, Map.of("durationMinutes", "200", "pressure", "LIGHT,DEEP", "areas", "KNEE")), "tom"));
        assertEquals(3, wrong.violations().size(), wrong.violations().toString());
        massage.revise(new NoteInput(null, null, null, null, Map.of("durationMinutes", "45", "pressure", "firm",
                "areas", "upper_back,lower_neck")), "tom");
        assertEquals("LOWER_NECK,UPPER_BACK", massage.getFields().get("areas"));
        assertEquals("FIRM", massage.getFields().get("pressure"));
        VisitNote chiro = new VisitNote(13, 3, 4, NoteTemplate.CHIROPRACTIC_OSTEOPATHIC, "marc");
        chiro.revise(new NoteInput(null, null, null, null, Map.of("segments", "c6, t4-t5")), "marc");
        assertEquals("C6, T4-T5", chiro.getFields().get("segments"));
        assertThrows(InvalidInput.class, () -> chiro.revise(new NoteInput(null, null, null, null,
                Map.of("segments", "neck")), "marc"));
        assertThrows(InvalidInput.class, () -> chiro.revise(new NoteInput(null, null, null, null,
                Map.of("modalities", "HEAT")), "marc"), "a physiotherapy field on a chiropractic note");
    }
}
