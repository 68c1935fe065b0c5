package com.dorsum.diary;

import com.dorsum.platform.Csv;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The diary as the patient brings it to the doctor (R18): a CSV for spreadsheets and a PDF to print, both with
 * every entry of the period in date order.
 */
public final class DiaryExport {

    private static final List<String> HEADER = List.of("date", "pain", "location", "side", "activity", "medication",
            "sleepHours", "stress", "notes");
    private static final List<Function<DiaryEntry, Object>> COLUMNS = List.of(DiaryEntry::getDate,
            DiaryEntry::getPain, DiaryEntry::getLocation, DiaryEntry::getSide, DiaryEntry::getActivity,
            DiaryEntry::getMedication, DiaryEntry::getSleepHours, DiaryEntry::getStress, DiaryEntry::getNotes);
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(11, 79, 108));
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);

    private DiaryExport() {
    }

    /** The entries as CSV ({@link Csv}), one row each. */
    public static String csv(List<DiaryEntry> entries) {
        Csv csv = new Csv(HEADER);
        entries.forEach(entry -> csv.row(COLUMNS.stream().map(column -> column.apply(entry)).toList()));
        return csv.toString();
    }

    /** A4 landscape: who and which period, then a table of the entries. */
    public static byte[] pdf(String patientName, String mrn, LocalDate from, LocalDate to, List<DiaryEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Pain diary " + patientName);
            document.open();
            document.add(new Paragraph("Pain diary: " + patientName + " (" + mrn + ")", TITLE));
            document.add(new Paragraph(from + " to " + to + ", " + entries.size() + " entries. Pain and stress "
                    + "from 0 (none) to 10 (worst).", SMALL));
            PdfPTable table = new PdfPTable(new float[] {1.1f, .6f, 1.6f, .7f, 2, 2, .7f, .6f, 3});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String title : List.of("Date", "Pain", "Where", "Side", "Activity", "Medication", "Sleep (h)",
                    "Stress", "Notes")) {
                PdfPCell head = new PdfPCell(new Phrase(title, HEAD));
                head.setBackgroundColor(new Color(217, 226, 236));
                table.addCell(head);
            }
            for (DiaryEntry e : entries) {
                for (Object value : new Object[] {e.getDate(), e.getPain(),
                        e.getLocation() == null ? null : e.getLocation().label(),
                        e.getSide() == null ? null : e.getSide().label(), e.getActivity(), e.getMedication(),
                        e.getSleepHours() == null ? null : e.getSleepHours().toPlainString(), e.getStress(),
                        e.getNotes()}) {
                    table.addCell(new Phrase(Objects.toString(value, ""), CELL));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("the diary could not be typeset", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
