package com.dorsum.outcomes;

import com.dorsum.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R25 scoring: ODI and NDI from their sections, the unanswered rule, NPRS, the bounds and the MCID. */
class InstrumentTest {

    /** Sections 1..n answered with the values given; a null value leaves that section out. */
    static Map<Integer, Integer> answers(Integer... values) {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(i + 1, values[i]);
            }
        }
        return answers;
    }

    @Test
    void odiWithEverySectionAnsweredIsTheSumOverFiftyAsAPercentage() {
        Score score = Instrument.ODI.score(answers(2, 3, 1, 0, 4, 2, 1, 0, 3, 2));
        assertTrue(score.valid());
        assertEquals(18, score.sum());
        assertEquals(new BigDecimal("36"), score.value());
    }

    @Test
    void odiWithOneSectionUnansweredDividesByTheAnsweredSectionsOnly() {
        Score score = Instrument.ODI.score(answers(2, 3, 1, 0, 4, 2, 1, null, 3, 2));
        assertTrue(score.valid());
        assertEquals(9, score.answered());
        assertEquals(new BigDecimal("40"), score.value(), "18 / 45 x 100");
    }

    @Test
    void odiWithTwoSectionsUnansweredIsStillValidAndRoundsToOneDecimal() {
        Score score = Instrument.ODI.score(answers(2, 3, 1, null, 4, 2, 1, null, 3, 3));
        assertTrue(score.valid());
        assertEquals(new BigDecimal("47.5"), score.value(), "19 / 40 x 100");
        assertEquals(new BigDecimal("33.3"), Instrument.ODI.score(answers(5, 5, 5, 0, 0, 0, 0, 0, 0, null)).value()
                .subtract(BigDecimal.ZERO), "15 / 45 x 100 = 33.33...");
    }

    @Test
    void odiWithThreeSectionsUnansweredHasNoValidScore() {
        Score score = Instrument.ODI.score(answers(2, 3, null, null, 4, 2, 1, null, 3, 3));
        assertFalse(score.valid());
        assertNull(score.value());
        assertTrue(score.why().contains("3 of 10 unanswered"), score.why());
    }

    @Test
    void odiBoundsAreZeroAndOneHundred() {
        assertEquals(new BigDecimal("0"), Instrument.ODI.score(answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).value());
        assertEquals(new BigDecimal("100"), Instrument.ODI.score(answers(5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).value());
    }

    @Test
    void aSectionValueOutsideZeroToFiveOrAnUnknownSectionIsRefused() {
        InvalidInput tooHigh = assertThrows(InvalidInput.class, () -> Instrument.ODI.score(answers(6)));
        assertEquals("answers[1].value", tooHigh.violations().get(0).field());
        assertThrows(InvalidInput.class, () -> Instrument.ODI.score(Map.of(11, 2)));
        assertThrows(InvalidInput.class, () -> Instrument.ODI.score(Map.of(0, 2)));
        assertThrows(InvalidInput.class, () -> Instrument.NDI.score(answers(-1)));
        assertThrows(InvalidInput.class, () -> Instrument.ODI.score(Map.of()), "nothing answered");
    }

    @Test
    void ndiTotalIsOutOfFiftyAndReportedDoubledAsAPercentage() {
        Score score = Instrument.NDI.score(answers(1, 2, 1, 2, 0, 1, 2, 1, 3, 2));
        assertTrue(score.valid());
        assertEquals(15, score.sum());
        assertEquals(new BigDecimal("30"), score.value());
        assertEquals(0, new BigDecimal("15").compareTo(score.ndiTotal()));
    }

    @Test
    void ndiFollowsTheSameRuleForUnansweredItems() {
        assertEquals(new BigDecimal("40"), Instrument.NDI.score(answers(2, 2, 2, 2, 2, 2, 2, 2, null, null)).value());
        assertFalse(Instrument.NDI.score(answers(2, 2, 2, 2, 2, 2, 2, null, null, null)).valid());
    }

    @Test
    void nprsIsTheOneAnswerFromZeroToTen() {
        assertEquals(new BigDecimal("7"), Instrument.NPRS.score(Map.of(1, 7)).value());
        assertEquals(new BigDecimal("0"), Instrument.NPRS.score(Map.of(1, 0)).value());
        assertEquals(new BigDecimal("10"), Instrument.NPRS.score(Map.of(1, 10)).value());
        assertThrows(InvalidInput.class, () -> Instrument.NPRS.score(Map.of(1, 11)));
        assertThrows(InvalidInput.class, () -> Instrument.NPRS.score(Map.of(2, 5)));
        assertThrows(InvalidInput.class, () -> Instrument.NPRS.score(Map.of()));
    }

    @Test
    void minimalClinicallyImportantChangeIsTenOdiPointsTwoNprsPointsAndFiveOfFiftyNdi() {
        assertTrue(Instrument.ODI.improvedBy(new BigDecimal("-10")));
        assertFalse(Instrument.ODI.improvedBy(new BigDecimal("-9.9")));
        assertFalse(Instrument.ODI.improvedBy(new BigDecimal("12")), "worse is no improvement");
        assertTrue(Instrument.ODI.clinicallyImportant(new BigDecimal("12")));
        assertTrue(Instrument.NPRS.improvedBy(new BigDecimal("-2")));
        assertFalse(Instrument.NPRS.improvedBy(new BigDecimal("-1")));
        assertTrue(Instrument.NDI.improvedBy(new BigDecimal("-10")), "5 of 50 is 10 percentage points");
        assertFalse(Instrument.NDI.improvedBy(new BigDecimal("-8")), "4 of 50");
    }
}
