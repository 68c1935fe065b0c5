package com.dorsum.referrals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterWriterTest {

    @Test
    void letterCarriesLetterheadPatientQuestionAndHistory() throws Exception {
        byte[] pdf = LetterWriter.write(new LetterContent(
                new Letterhead("Dorsum back-pain clinic", "Rueckenweg 1, 10115 Berlin", "+49 30 5550000"),
                LocalDate.of(2026, 3, 2), "Anna Achterberg", LocalDate.of(1971, 3, 4), "MRN0000018",
                "Spinal surgery", "Dr. Kurt Schnitt, Spine Centre", "URGENT", "Progressive leg weakness",
                List.of("Herniated disc"), "Surgical indication: Herniated disc", List.of(),
                List.of("2026-01-12 L4-L5, left: performed, slight relief"),
                List.of("MRI, Lumbar spine, without contrast (weakness): reviewed, abnormal"),
                List.of("Ibuprofen, 400 mg three times a day, 2026-02-20 to 2026-03-05"), "Dr. Helena Adler"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Dorsum back-pain clinic", "Referral to Spinal surgery - URGENT",
                    "Anna Achterberg", "1971-03-04", "MRN0000018", "Progressive leg weakness", "Herniated disc",
                    "Surgical indication: Herniated disc", "No completed course is recorded.",
                    "MRI, Lumbar spine", "Facet-joint injections", "2026-01-12 L4-L5, left: performed, slight relief",
                    "Current medication guidance", "Ibuprofen, 400 mg three times a day", "Dr. Helena Adler")) {
                assertTrue(text.contains(expected), expected + " missing from:\n" + text);
            }
        }
    }
}
