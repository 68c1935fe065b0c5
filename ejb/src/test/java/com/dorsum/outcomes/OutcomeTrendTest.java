package com.dorsum.outcomes;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trend: every score recomputed from its answers, its change from the baseline, and the MCID reached. */
class OutcomeTrendTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    static OutcomeResponse odi(LocalDate date, int eachSection) {
        return OutcomeResponse.answered(1, new OutcomeInput(Instrument.ODI, date, IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new OutcomeInput.ItemAnswer(i, eachSection)).toList()), AnsweredBy.PATIENT, date);
    }

    static OutcomeResponse nprs(LocalDate date, int pain) {
        return OutcomeResponse.answered(1, new OutcomeInput(Instrument.NPRS, date,
                List.of(new OutcomeInput.ItemAnswer(1, pain))), AnsweredBy.PATIENT, date);
    }

    @Test
    void changeIsMeasuredFromTheFirstValidScoreAndAnImprovementOfTenOdiPointsIsMarked() {
        OutcomeTrend trend = OutcomeTrend.of(Instrument.ODI, List.of(odi(DAY.plusDays(28), 2), odi(DAY, 3),
                odi(DAY.plusDays(14), 3), nprs(DAY, 8)));
        assertEquals(3, trend.points().size(), "NPRS is another trend");
        assertEquals(new BigDecimal("60"), trend.baseline());
        assertNull(trend.points().get(0).change());
        assertEquals(0, BigDecimal.ZERO.compareTo(trend.points().get(1).change()));
        ScoredResponse last = trend.points().get(2);
        assertEquals(DAY.plusDays(28), last.date());
        assertEquals(0, new BigDecimal("-20").compareTo(last.change()));
        assertTrue(last.improved());
        assertTrue(last.clinicallyImportant());
        assertEquals(new BigDecimal("50"), trend.importantImprovementLevel());
        assertEquals(last, trend.latest());
    }

    @Test
    void aSmallNprsChangeDoesNotReachTheMinimalImportantChange() {
        OutcomeTrend trend = OutcomeTrend.of(Instrument.NPRS, List.of(nprs(DAY, 7), nprs(DAY.plusDays(20), 6)));
        assertFalse(trend.latest().improved());
        assertFalse(trend.latest().clinicallyImportant());
    }

    @Test
    void theScoreFollowsTheStoredAnswersNotAnythingTyped() {
        OutcomeResponse response = OutcomeResponse.answered(1, new OutcomeInput(Instrument.ODI, DAY, List.of(
                new OutcomeInput.ItemAnswer(1, 5), new OutcomeInput.ItemAnswer(2, 5),
                new OutcomeInput.ItemAnswer(3, 0))), AnsweredBy.CLINICIAN, DAY);
        assertFalse(response.score().valid(), "seven sections unanswered");
        assertEquals(10, response.score().sum());
    }

    @Test
    void theChartMarksTheBaselineAndTheLevelOfAnImportantImprovement() {
        String svg = OutcomeChart.svg(OutcomeTrend.of(Instrument.ODI, List.of(odi(DAY, 3), odi(DAY.plusDays(28), 2))));
        assertTrue(svg.contains("class=\"baseline\" data-value=\"60.0\""), svg);
        assertTrue(svg.contains("class=\"mcid\" data-value=\"50.0\""), svg);
        assertTrue(svg.contains("class=\"outcome-point improved\" data-date=\"" + DAY.plusDays(28) + "\""), svg);
    }
}
