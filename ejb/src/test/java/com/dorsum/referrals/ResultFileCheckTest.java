package com.dorsum.referrals;

import com.dorsum.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultFileCheckTest {

    private static final ResultFileCheck CHECK = new ResultFileCheck(1024);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfPngAndJpegAreRecognisedByTheirContent() {
        assertEquals(ResultFileCheck.FileType.PDF, CHECK.admit("application/pdf", PDF));
        assertEquals(ResultFileCheck.FileType.PNG, CHECK.admit("image/png", PNG));
        assertEquals(ResultFileCheck.FileType.JPEG, CHECK.admit(null, JPEG));
        assertEquals(ResultFileCheck.FileType.JPEG, CHECK.admit("application/octet-stream", JPEG));
    }

    @Test
    void textPretendingToBeAPdfIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> CHECK.admit("application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", refused.violations().get(0).field());
    }

    @Test
    void declaredTypeContradictingTheContentIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> CHECK.admit("application/pdf", PNG));
        assertTrue(refused.violations().get(0).message().contains("image/png"));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThrows(InvalidInput.class, () -> CHECK.admit("application/pdf", new byte[0]));
        byte[] big = Arrays.copyOf(PDF, 1025);
        assertThrows(InvalidInput.class, () -> CHECK.admit("application/pdf", big));
        assertEquals(ResultFileCheck.FileType.PDF, CHECK.admit("application/pdf", Arrays.copyOf(PDF, 1024)));
    }

    @Test
    void storedNamesCarryNoPathNorQuotesAndTheRightExtension() {
        assertEquals("lab.pdf", ResultFileCheck.safeName("C:\\scans\\lab.pdf", ResultFileCheck.FileType.PDF));
        assertEquals("x_y_.png", ResultFileCheck.safeName("../x\"y;", ResultFileCheck.FileType.PNG));
        assertEquals("scan.jpeg", ResultFileCheck.safeName("scan.jpeg", ResultFileCheck.FileType.JPEG));
        assertEquals("result.pdf", ResultFileCheck.safeName(null, ResultFileCheck.FileType.PDF));
    }
}
