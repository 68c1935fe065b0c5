package com.dorsum.scheduling;

import com.dorsum.people.Discipline;

/** What an appointment is for, and which discipline provides it. */
public enum VisitKind {
    PHYSIOTHERAPY(Discipline.PHYSIOTHERAPIST),
    CHIROPRACTIC(Discipline.CHIROPRACTOR),
    OSTEOPATHY(Discipline.OSTEOPATH),
    MASSAGE(Discipline.MASSAGE_THERAPIST),
    ACUPUNCTURE(Discipline.ACUPUNCTURIST),
    CBT(Discipline.PSYCHOLOGIST),
    INJECTION(Discipline.PAIN_PHYSICIAN),
    REVIEW(Discipline.PAIN_PHYSICIAN);

    private final Discipline discipline;

    VisitKind(Discipline discipline) {
        this.discipline = discipline;
    }

    public Discipline discipline() {
        return discipline;
    }
}
