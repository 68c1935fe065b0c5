package com.dorsum.injections;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** R8: complication counts and rates per clinician and in total. */
class ComplicationReportTest {

    private static final LocalDate FROM = LocalDate.parse("2025-01-01");
    private static final LocalDate TO = LocalDate.parse("2025-06-30");

    @Test
    void rateIsTheShareOfPerformedInjectionsWithAComplication() {
        ComplicationReport report = ComplicationReport.of(FROM, TO, Map.of(1L, "Dr. Helena Adler", 2L, "Dr. Oskar Iven"),
                List.of(new ComplicationReport.Count(2L, null, 1), new ComplicationReport.Count(1L, null, 3)),
                List.of(new ComplicationReport.Count(1L, null, 1), new ComplicationReport.Count(2L, null, 1)),
                List.of(new ComplicationReport.Count(1L, ComplicationKind.INFECTION, 1),
                        new ComplicationReport.Count(1L, ComplicationKind.BLEEDING, 1),
                        new ComplicationReport.Count(2L, ComplicationKind.NERVE_IRRITATION, 1)));
        ComplicationReport.Row adler = report.rows().get(0);
        assertEquals("Dr. Helena Adler", adler.clinician());
        assertEquals(3, adler.performed());
        assertEquals(1, adler.withComplications());
        assertEquals(2, adler.complications());
        assertEquals(33.3, adler.rate());
        assertEquals(1, adler.of(ComplicationKind.INFECTION));
        assertEquals(0, adler.of(ComplicationKind.NERVE_DAMAGE));
        assertEquals(100.0, report.rows().get(1).rate());
        assertEquals(4, report.total().performed());
        assertEquals(2, report.total().withComplications());
        assertEquals(3, report.total().complications());
        assertEquals(50.0, report.total().rate());
    }

    @Test
    void aPeriodWithoutInjectionsHasNoRowsAndARateOfZero() {
        ComplicationReport report = ComplicationReport.of(FROM, TO, Map.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(), report.rows());
        assertEquals(0, report.total().performed());
        assertEquals(0.0, report.total().rate());
    }
}
