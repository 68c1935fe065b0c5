package com.dorsum.outcomes;

/** Who filled in a questionnaire: the patient in the portal, or a clinician with the patient in the visit. */
public enum AnsweredBy {
    PATIENT, CLINICIAN
}
