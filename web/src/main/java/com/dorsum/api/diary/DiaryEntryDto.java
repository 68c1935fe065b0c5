package com.dorsum.api.diary;

import com.dorsum.diary.BodyLocation;
import com.dorsum.diary.DiaryEntry;
import com.dorsum.diary.PainSide;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A diary entry as the API shows it (API.md, "Shapes"). */
public record DiaryEntryDto(long id, LocalDate date, int pain, BodyLocation location, PainSide side,
                            String activity, String medication, BigDecimal sleepHours, Integer stress, String notes) {

    public static DiaryEntryDto of(DiaryEntry e) {
        return new DiaryEntryDto(e.getId(), e.getDate(), e.getPain(), e.getLocation(), e.getSide(), e.getActivity(),
                e.getMedication(), e.getSleepHours(), e.getStress(), e.getNotes());
    }
}
