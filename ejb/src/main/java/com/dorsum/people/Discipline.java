package com.dorsum.people;

/** A clinician's discipline (DOMAIN.md, "Who uses it"). */
public enum Discipline {
    PAIN_PHYSICIAN("Pain physician"),
    PHYSIOTHERAPIST("Physiotherapist"),
    CHIROPRACTOR("Chiropractor"),
    OSTEOPATH("Osteopath"),
    MASSAGE_THERAPIST("Massage therapist"),
    ACUPUNCTURIST("Acupuncturist"),
    PSYCHOLOGIST("Psychologist");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
