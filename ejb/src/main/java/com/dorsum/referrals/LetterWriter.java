package com.dorsum.referrals;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Typesets a referral letter as PDF (OpenPDF): letterhead, patient identifiers, question asked, history. */
public final class LetterWriter {

    private static final Font CLINIC = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(11, 79, 108));
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);

    private LetterWriter() {
    }

    public static byte[] write(LetterContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Referral to " + c.specialty());
            document.addCreator(c.letterhead().clinicName());
            document.open();
            document.add(new Paragraph(c.letterhead().clinicName(), CLINIC));
            document.add(new Paragraph(c.letterhead().address() + " · " + c.letterhead().phone(), SMALL));
            Paragraph date = new Paragraph(c.date().toString(), BODY);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            document.add(new Paragraph("Referral to " + c.specialty()
                    + ("URGENT".equals(c.urgency()) ? " - URGENT" : ""), new Font(Font.HELVETICA, 14, Font.BOLD)));
            document.add(new Paragraph("To: " + c.receiver(), BODY));

            PdfPTable patient = new PdfPTable(new float[] {1, 3});
            patient.setWidthPercentage(100);
            patient.setSpacingBefore(10);
            row(patient, "Patient", c.patientName());
            row(patient, "Born", c.birthDate().toString());
            row(patient, "MRN", c.mrn());
            row(patient, "Urgency", c.urgency());
            document.add(patient);

            section(document, "Question asked", List.of(c.question()));
            if (!c.ruleOuts().isEmpty()) {
                section(document, "Please rule out", c.ruleOuts());
            }
            if (c.surgicalBasis() != null) {
                section(document, "Surgical basis", List.of(c.surgicalBasis()));
            }
            section(document, "Conservative therapy",
                    c.courses().isEmpty() ? List.of("No completed course is recorded.") : c.courses());
            section(document, "Facet-joint injections",
                    c.injections().isEmpty() ? List.of("None given or booked.") : c.injections());
            section(document, "Imaging and laboratory",
                    c.imagingAndLabs().isEmpty() ? List.of("None ordered.") : c.imagingAndLabs());
            section(document, "Current medication guidance",
                    c.medication().isEmpty() ? List.of("None in the current plan.") : c.medication());

            Paragraph signature = new Paragraph("With kind regards,\n" + c.referringClinician() + "\n"
                    + c.letterhead().clinicName(), BODY);
            signature.setSpacingBefore(24);
            document.add(signature);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the referral letter could not be typeset", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, LABEL));
        table.addCell(new Paragraph(value, BODY));
    }

    private static void section(Document document, String title, List<String> lines) throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        document.add(heading);
        for (String line : lines) {
            document.add(new Paragraph(lines.size() > 1 ? "- " + line : line, BODY));
        }
    }
}
