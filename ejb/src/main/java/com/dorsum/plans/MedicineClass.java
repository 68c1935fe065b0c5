package com.dorsum.plans;

/** The groups the medication rules (R14, R15) speak about. */
public enum MedicineClass {
    NSAID, ACETAMINOPHEN, MUSCLE_RELAXANT
}
