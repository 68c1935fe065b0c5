package com.dorsum.diary;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiaryExportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static DiaryEntry entry(String notes) {
        DiaryInput input = new DiaryInput();
        input.setDate(DAY);
        input.setPain(6);
        input.setLocation(BodyLocation.LOWER_BACK);
        input.setNotes(notes);
        return DiaryEntry.write(1, input, DAY);
    }

    @Test
    void csvQuotesCommasAndQuotesAndEndsLinesWithCrLf() {
        String csv = DiaryExport.csv(List.of(entry("bad night, \"stiff\" in the morning")));
        assertEquals("date,pain,location,side,activity,medication,sleepHours,stress,notes\r\n"
                + "2026-12-01,6,LOWER_BACK,,,,,,\"bad night, \"\"stiff\"\" in the morning\"\r\n", csv);
    }

    @Test
    void csvCellThatLooksLikeAFormulaIsDefused() {
        assertTrue(DiaryExport.csv(List.of(entry("=HYPERLINK(\"x\")"))).contains("\"'=HYPERLINK(\"\"x\"\")\""));
    }

    @Test
    void pdfIsAPdf() {
        byte[] pdf = DiaryExport.pdf("Anna Achterberg", "M000001", DAY, DAY, List.of(entry("ok")));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }
}
