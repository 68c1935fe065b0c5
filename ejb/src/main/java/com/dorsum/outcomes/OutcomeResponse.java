package com.dorsum.outcomes;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One completed questionnaire of a patient (R25): the instrument, the day, who answered and the answers. The
 * score is never stored: {@link #score()} computes it from the answers each time, so what is shown always follows
 * from what was answered. A response is never changed once recorded.
 */
@Entity
public class OutcomeResponse extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Instrument instrument;

    @Column(nullable = false, updatable = false)
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private AnsweredBy answeredBy;

    @ElementCollection
    @CollectionTable(name = "outcome_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item")
    @Column(name = "answer_value", nullable = false)
    private Map<Integer, Integer> answers = new TreeMap<>();

    protected OutcomeResponse() {
    }

    /** A response whose answers the instrument can score; refused field by field otherwise. */
    public static OutcomeResponse answered(long patientId, OutcomeInput input, AnsweredBy by, LocalDate today) {
        Map<Integer, Integer> checked = input.checkedAnswers(today);
        OutcomeResponse response = new OutcomeResponse();
        response.patientId = patientId;
        response.instrument = input.instrument();
        response.answeredOn = input.dateOr(today);
        response.answeredBy = by;
        response.answers.putAll(checked);
        return response;
    }

    public Score score() {
        return instrument.score(answers);
    }

    public long getPatientId() {
        return patientId;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public AnsweredBy getAnsweredBy() {
        return answeredBy;
    }

    public Map<Integer, Integer> getAnswers() {
        return new TreeMap<>(answers);
    }
}
