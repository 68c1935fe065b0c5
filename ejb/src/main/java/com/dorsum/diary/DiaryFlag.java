package com.dorsum.diary;

import java.time.LocalDate;

/** Something in a patient's diary a clinician should look at ({@link PainWatch}). */
public record DiaryFlag(Kind kind, LocalDate since, String message) {

    public enum Kind { RISING, HIGH_AFTER_INJECTION }
}
