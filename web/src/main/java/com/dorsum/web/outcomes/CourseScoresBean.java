package com.dorsum.web.outcomes;

import com.dorsum.outcomes.CourseScores;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.platform.DomainException;
import com.dorsum.web.scheduling.CourseBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** On the course page: what the course's scores say, and the outcome they suggest for completing it. */
@Named
@ViewScoped
public class CourseScoresBean implements Serializable {

    @Inject
    OutcomeMeasures outcomes;

    @Inject
    CourseBean coursePage;

    private transient CourseScores scores;
    private boolean refused;

    public CourseScores getScores() {
        if (scores == null && !refused && coursePage.getId() != null) {
            try {
                scores = outcomes.courseScores(coursePage.getId());
            } catch (DomainException notInCare) {
                refused = true;
            }
        }
        return scores;
    }

    /** Takes the suggested outcome into the completion form; the clinician still confirms by completing. */
    public void useSuggestion() {
        if (getScores() != null && scores.suggested() != null) {
            coursePage.setOutcome(scores.suggested());
        }
    }
}
