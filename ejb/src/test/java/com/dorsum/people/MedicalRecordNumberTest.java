package com.dorsum.people;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedicalRecordNumberTest {

    @Test
    void sequenceNumberGetsPrefixPaddingAndLuhnCheckDigit() {
        assertEquals("MRN0000018", MedicalRecordNumber.ofSequence(1).value());
        assertEquals("MRN0000265", MedicalRecordNumber.ofSequence(26).value());
    }

    @Test
    void mistypedNumberIsRejectedByItsCheckDigit() {
        assertThrows(IllegalArgumentException.class, () -> new MedicalRecordNumber("MRN0000019"));
    }

    @Test
    void searchTextThatLooksLikeAnMrnIsRecognisedCaseInsensitively() {
        assertTrue(MedicalRecordNumber.looksLike(" mrn0000018 "));
        assertFalse(MedicalRecordNumber.looksLike("Anna"));
    }

    @Test
    void sequenceOutsideTheNumberRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MedicalRecordNumber.ofSequence(0));
        assertThrows(IllegalArgumentException.class, () -> MedicalRecordNumber.ofSequence(1_000_000));
    }
}
