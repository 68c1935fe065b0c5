package com.dorsum.web.outcomes;

import com.dorsum.outcomes.Instrument;
import com.dorsum.outcomes.OutcomeInput;
import com.dorsum.outcomes.ScoredResponse;

import java.util.Map;

/** Turns a form's answers (item to picked value, as the form keeps them) into a questionnaire to record. */
final class Answers {

    private Answers() {
    }

    static OutcomeInput input(Instrument instrument, Map<Integer, Object> answers) {
        return new OutcomeInput(instrument, null, answers.entrySet().stream()
                .filter(e -> e.getValue() != null && !String.valueOf(e.getValue()).isBlank())
                .map(e -> new OutcomeInput.ItemAnswer(e.getKey(), Integer.valueOf(String.valueOf(e.getValue()))))
                .toList());
    }

    /** "Oswestry Disability Index: 40%, 20 points better than the first score (an important improvement)". */
    static String summary(ScoredResponse scored) {
        if (!scored.score().valid()) {
            return scored.instrument().title() + " recorded without a score: " + scored.score().why();
        }
        String text = scored.instrument().title() + ": " + scored.score().value().toPlainString()
                + scored.instrument().unit();
        if (scored.change() != null && scored.change().signum() != 0) {
            text += ", " + scored.change().abs().toPlainString() + " points " + (scored.change().signum() < 0
                    ? "better" : "worse") + " than the first score";
        }
        return text + (scored.improved() ? " (an important improvement)" : "");
    }
}
