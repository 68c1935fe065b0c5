package com.dorsum.care;

/** A clinician's part in a patient's care: leads it, treats the patient, or was asked for an opinion. */
public enum CareRole {
    ATTENDING, TREATING, CONSULTING
}
