package com.dorsum.diary;

import java.time.LocalDate;
import java.util.List;

/** One patient in a clinician's care as the diary overview lists them: latest entry, last week, flags. */
public record DiarySummary(long patientId, String name, String mrn, LocalDate lastEntry, Integer lastPain,
                           Double weekAverage, List<DiaryFlag> flags) {

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
