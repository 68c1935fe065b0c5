package com.dorsum.diary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PainChartTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void everyEntryInThePeriodIsAPointWithItsDateAndPain() {
        String svg = PainChart.svg(List.of(new PainPoint(FROM.plusDays(3), 6), new PainPoint(FROM.plusDays(1), 4),
                new PainPoint(TO.plusDays(1), 9)), List.of(), FROM, TO);
        assertTrue(svg.contains("data-date=\"2026-11-04\" data-pain=\"6\""), svg);
        assertTrue(svg.contains("data-date=\"2026-11-02\" data-pain=\"4\""));
        assertFalse(svg.contains("data-pain=\"9\""), "outside the period");
        assertTrue(svg.contains("<title id=\"pain-chart-title\">Pain from 2026-11-01 to 2026-11-30: 3 entries"));
    }

    @Test
    void painTenIsAtTheTopAndZeroAtTheBottom() {
        String svg = PainChart.svg(List.of(new PainPoint(FROM, 10), new PainPoint(TO, 0)), List.of(), FROM, TO);
        assertTrue(svg.contains("cx=\"34.0\" cy=\"12.0\""), svg);
        assertTrue(svg.contains("cx=\"628.0\" cy=\"212.0\""), svg);
    }

    @Test
    void injectionsAndSessionsAreMarkedWithEscapedLabels() {
        String svg = PainChart.svg(List.of(), List.of(
                new PlanEvent(FROM.plusDays(10), PlanEvent.Kind.INJECTION, "Facet-joint injection <L4>"),
                new PlanEvent(FROM.plusDays(12), PlanEvent.Kind.SESSION, "Physiotherapy")), FROM, TO);
        assertEquals(1, svg.split("class=\"plan-event injection\"", -1).length - 1);
        assertEquals(1, svg.split("class=\"plan-event session\"", -1).length - 1);
        assertTrue(svg.contains("Facet-joint injection &lt;L4&gt;"));
    }
}
