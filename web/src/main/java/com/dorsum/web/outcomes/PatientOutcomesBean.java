package com.dorsum.web.outcomes;

import com.dorsum.outcomes.DuePoint;
import com.dorsum.outcomes.Instrument;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.outcomes.OutcomeTrend;
import com.dorsum.outcomes.QuestionnaireForm;
import com.dorsum.outcomes.Questionnaires;
import com.dorsum.outcomes.ScoredResponse;
import com.dorsum.platform.DomainException;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Outcomes tab of a patient's page (clinicians caring for the patient, R25): what is due, the trend per
 * instrument with the minimal important change marked, and recording a questionnaire in the visit.
 */
@Named
@ViewScoped
public class PatientOutcomesBean implements Serializable {

    @Inject
    OutcomeMeasures outcomes;

    @Inject
    Questionnaires questionnaires;

    @Inject
    PatientBean patientPage;

    private transient List<OutcomeTrend> trends;
    private transient List<DuePoint> due;
    private boolean refused;
    private Instrument instrument = Instrument.ODI;
    private final Map<Integer, Object> answers = new TreeMap<>();

    public List<OutcomeTrend> getTrends() {
        if (trends == null && !refused) {
            try {
                trends = outcomes.trends(patientPage.getId());
                due = outcomes.due(patientPage.getId());
            } catch (DomainException notInCare) {
                refused = true;
                FacesErrors.show(notInCare);
            }
        }
        return trends;
    }

    public List<DuePoint> getDue() {
        getTrends();
        return due;
    }

    public String chart(OutcomeTrend trend) {
        return com.dorsum.outcomes.OutcomeChart.svg(trend);
    }

    public void record() {
        try {
            ScoredResponse scored = outcomes.record(patientPage.getId(), Answers.input(instrument, answers));
            FacesErrors.info(Answers.summary(scored));
            answers.clear();
            trends = null;
        } catch (DomainException e) {
            FacesErrors.show(e);
        }
    }

    public void changeInstrument() {
        answers.clear();
    }

    public QuestionnaireForm getForm() {
        return questionnaires.of(instrument);
    }

    public Instrument[] getInstruments() {
        return Instrument.values();
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument == null ? Instrument.ODI : instrument;
    }

    public Map<Integer, Object> getAnswers() {
        return answers;
    }
}
