package com.dorsum.diary;

import java.time.LocalDate;

/** One pain score on one day, as the trend and the chart see a diary entry. */
public record PainPoint(LocalDate date, int pain) {
}
