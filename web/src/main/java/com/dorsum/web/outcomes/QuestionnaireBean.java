package com.dorsum.web.outcomes;

import com.dorsum.outcomes.Instrument;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.outcomes.QuestionnaireForm;
import com.dorsum.outcomes.Questionnaires;
import com.dorsum.outcomes.ScoredResponse;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A patient filling in a questionnaire on a phone: one section per screen, back and next, a section may be
 * skipped (left unanswered); the last screen sends it and shows the score.
 */
@Named
@ViewScoped
public class QuestionnaireBean implements Serializable {

    @Inject
    Questionnaires questionnaires;

    @Inject
    OutcomeMeasures outcomes;

    private Instrument instrument = Instrument.ODI;
    private int index;
    private final Map<Integer, Object> answers = new TreeMap<>();
    private String result;

    public QuestionnaireForm getForm() {
        return questionnaires.of(instrument);
    }

    public QuestionnaireForm.Item getItem() {
        return isReview() ? null : getForm().items().get(index);
    }

    public boolean isReview() {
        return index >= getForm().items().size();
    }

    public void next() {
        index = Math.min(index + 1, getForm().items().size());
    }

    public void skip() {
        answers.remove(getItem().number());
        next();
    }

    public void back() {
        index = Math.max(0, index - 1);
    }

    public void send() {
        try {
            ScoredResponse scored = outcomes.recordMine(Answers.input(instrument, answers));
            result = Answers.summary(scored);
        } catch (DomainException e) {
            FacesErrors.show(e);
        }
    }

    /** The answer of the section on screen. */
    public Object getCurrent() {
        return isReview() ? null : answers.get(getItem().number());
    }

    public void setCurrent(Object value) {
        if (!isReview()) {
            if (value == null || String.valueOf(value).isBlank()) {
                answers.remove(getItem().number());
            } else {
                answers.put(getItem().number(), value);
            }
        }
    }

    public int getAnswered() {
        return answers.size();
    }

    public int getIndex() {
        return index;
    }

    public String getResult() {
        return result;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument == null ? Instrument.ODI : instrument;
    }
}
