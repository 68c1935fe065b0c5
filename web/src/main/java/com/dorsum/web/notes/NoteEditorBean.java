package com.dorsum.web.notes;

import com.dorsum.notes.NoteInput;
import com.dorsum.notes.NoteView;
import com.dorsum.notes.TemplateField;
import com.dorsum.notes.VisitNotes;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The note editor ({@code clinical/note.xhtml?visit=}): the treating clinician types, and every pause saves the
 * draft on the server (autosave), so a reload or an expired session loses at most the last second of typing;
 * then signs it, and adds addenda to the signed note. Others in care read it.
 */
@Named
@ViewScoped
public class NoteEditorBean implements Serializable {

    @Inject
    VisitNotes notes;

    @Inject
    Clock clock;

    private Long visit;
    private transient NoteView note;
    private boolean refused;
    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private final Map<String, Object> choices = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private String addendumReason;
    private String addendumText;
    private LocalDateTime savedAt;

    public void load() {
        if (visit == null) {
            refused = true;
            return;
        }
        try {
            show(notes.note(visit));
        } catch (DomainException e) {
            refused = true;
            FacesErrors.show(e);
        }
    }

    /** Saves the draft as it stands; called while the clinician types. */
    public void autosave() {
        try {
            show(notes.save(visit, input()));
            savedAt = LocalDateTime.now(clock).withNano(0);
        } catch (DomainException e) {
            FacesErrors.show(e);
        }
    }

    public void sign() {
        try {
            notes.save(visit, input());
            show(notes.sign(visit));
            FacesErrors.info("Note signed: it can no longer change; add an addendum to correct it");
        } catch (DomainException e) {
            FacesErrors.show(e);
        }
    }

    public void amend() {
        try {
            show(notes.amend(visit, addendumReason, addendumText));
            addendumReason = null;
            addendumText = null;
            FacesErrors.info("Addendum added");
        } catch (DomainException e) {
            FacesErrors.show(e);
        }
    }

    private void show(NoteView view) {
        note = view;
        subjective = view.subjective();
        objective = view.objective();
        assessment = view.assessment();
        plan = view.plan();
        for (TemplateField field : view.template().fields()) {
            String value = view.fields().get(field.name());
            if (field.kind() == TemplateField.Kind.CHOICES) {
                choices.put(field.name(), value == null ? new String[0] : value.split(","));
            } else {
                values.put(field.name(), value);
            }
        }
    }

    private NoteInput input() {
        Map<String, String> fields = new HashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                fields.put(name, value);
            }
        });
        choices.forEach((name, picked) -> {
            List<String> list = picked instanceof Object[] array ? Arrays.stream(array).map(String::valueOf).toList()
                    : picked instanceof Collection<?> many ? many.stream().map(String::valueOf).toList() : List.of();
            if (!list.isEmpty()) {
                fields.put(name, String.join(",", list));
            }
        });
        return new NoteInput(subjective, objective, assessment, plan, fields);
    }

    /** The option as it reads on screen. */
    public String words(String option) {
        return TemplateField.words(option);
    }

    public NoteView getNote() {
        if (note == null && !refused && visit != null) {
            load();
        }
        return note;
    }

    public boolean isEditable() {
        return getNote() != null && note.mine() && !note.signed();
    }

    public Long getVisit() {
        return visit;
    }

    public void setVisit(Long visit) {
        this.visit = visit;
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        this.subjective = subjective;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Map<String, Object> getChoices() {
        return choices;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public String getAddendumReason() {
        return addendumReason;
    }

    public void setAddendumReason(String addendumReason) {
        this.addendumReason = addendumReason;
    }

    public String getAddendumText() {
        return addendumText;
    }

    public void setAddendumText(String addendumText) {
        this.addendumText = addendumText;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }
}
