package com.dorsum.notes;

import com.dorsum.scheduling.VisitKind;

import java.util.List;
import java.util.Optional;

/**
 * What a discipline records beyond SOAP (R24): physiotherapy the modalities given (electrotherapy, exercise, and the
 * strengthening of R1 once the injury has resolved), chiropractic and osteopathy the segments adjusted and the
 * techniques (R2), massage the areas, duration and pressure tolerated (R3), acupuncture the points and needles, and
 * CBT nothing of the session's content beyond what the clinician chooses to write, only the stress practices
 * given (R13). Injections and reviews use SOAP alone.
 */
public enum NoteTemplate {
    PHYSIOTHERAPY("Physiotherapy", List.of(
            TemplateField.choices("modalities", "Modalities given", "THERAPEUTIC_ULTRASOUND",
                    "ELECTRICAL_MUSCLE_STIMULATION", "HEAT", "COLD", "MANUAL_THERAPY", "EXERCISES", "SWIMMING",
                    "ROWING", "BACK_EXTENSIONS"),
            TemplateField.text("homeExercises", "Home exercises"))),
    CHIROPRACTIC_OSTEOPATHIC("Chiropractic / osteopathic", List.of(
            TemplateField.segments("segments", "Segments adjusted"),
            TemplateField.choices("techniques", "Techniques", "MANUAL_ADJUSTMENT", "MOBILISATION", "TRACTION",
                    "STRETCHING", "SOFT_TISSUE"))),
    MASSAGE("Massage", List.of(
            TemplateField.choices("areas", "Areas", "NECK", "LOWER_NECK", "SHOULDERS", "UPPER_BACK", "MID_BACK",
                    "LOWER_BACK"),
            TemplateField.number("durationMinutes", "Duration (minutes)", 10, 120),
            TemplateField.choice("pressure", "Pressure tolerated", "LIGHT", "MEDIUM", "FIRM", "DEEP"))),
    ACUPUNCTURE("Acupuncture", List.of(
            TemplateField.text("points", "Points"),
            TemplateField.number("needles", "Needles", 1, 60),
            TemplateField.number("retentionMinutes", "Needle retention (minutes)", 1, 60))),
    CBT("Cognitive-behavioural therapy", List.of(
            TemplateField.choices("stressPractices", "Stress practices given", "MEDITATION", "TAI_CHI",
                    "BREATHING_EXERCISES"))),
    GENERAL("Visit", List.of());

    private final String label;
    private final List<TemplateField> fields;

    NoteTemplate(String label, List<TemplateField> fields) {
        this.label = label;
        this.fields = fields;
    }

    public static NoteTemplate of(VisitKind kind) {
        return switch (kind) {
            case PHYSIOTHERAPY -> PHYSIOTHERAPY;
            case CHIROPRACTIC, OSTEOPATHY -> CHIROPRACTIC_OSTEOPATHIC;
            case MASSAGE -> MASSAGE;
            case ACUPUNCTURE -> ACUPUNCTURE;
            case CBT -> CBT;
            case INJECTION, REVIEW -> GENERAL;
        };
    }

    public Optional<TemplateField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public String label() {
        return label;
    }

    public List<TemplateField> fields() {
        return fields;
    }
}
