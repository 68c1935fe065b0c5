package com.dorsum.diary;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiaryInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private static DiaryInput entry(LocalDate date, Integer pain) {
        DiaryInput input = new DiaryInput();
        input.setDate(date);
        input.setPain(pain);
        return input;
    }

    private static List<String> fields(DiaryInput input) {
        return input.violations(TODAY).stream().map(Violation::field).toList();
    }

    @Test
    void dateAndPainAloneMakeAnEntry() {
        assertTrue(fields(entry(TODAY, 0)).isEmpty());
        assertTrue(fields(entry(TODAY.minusDays(30), 10)).isEmpty());
    }

    @Test
    void missingDateAndPainAreBothReported() {
        List<Violation> violations = entry(null, null).violations(TODAY);
        assertEquals(List.of("date", "pain"), violations.stream().map(Violation::field).toList());
        assertTrue(violations.get(1).message().contains("0 (none) to 10"), violations.get(1).message());
    }

    @Test
    void painAboveTenOrBelowZeroIsRefused() {
        assertEquals(List.of("pain"), fields(entry(TODAY, 11)));
        assertEquals(List.of("pain"), fields(entry(TODAY, -1)));
    }

    @Test
    void tomorrowIsRefusedAndSoIsMoreThanTwoYearsAgo() {
        assertEquals(List.of("date"), fields(entry(TODAY.plusDays(1), 5)));
        assertEquals(List.of("date"), fields(entry(TODAY.minusYears(3), 5)));
    }

    @Test
    void stressSleepSideAndTextLengthsAreChecked() {
        DiaryInput input = entry(TODAY, 6);
        input.setStress(12);
        input.setSleepHours(new BigDecimal("25"));
        input.setSide(PainSide.LEFT);
        input.setNotes("x".repeat(2001));
        input.setActivity("gardening");
        assertEquals(List.of("stress", "sleepHours", "location", "notes"), fields(input));
        input.setSleepHours(new BigDecimal("6.25"));
        assertTrue(fields(input).contains("sleepHours"));
        input.setSleepHours(new BigDecimal("6.50"));
        assertFalse(fields(input).contains("sleepHours"));
    }

    @Test
    void refusedCorrectionLeavesTheEntryAsItWasAndTheInputAsTyped() {
        DiaryInput first = entry(TODAY, 4);
        first.setNotes("  after work  ");
        DiaryEntry entry = DiaryEntry.write(7, first, TODAY);
        assertEquals("after work", entry.getNotes());

        DiaryInput typed = entry.toInput();
        typed.setPain(15);
        typed.setActivity("carried boxes");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> entry.rewrite(typed, TODAY));
        assertEquals("pain", refused.violations().get(0).field());
        assertEquals(4, entry.getPain());
        assertNull(entry.getActivity());
        assertEquals("carried boxes", typed.getActivity());
        assertEquals(15, typed.getPain());
    }
}
