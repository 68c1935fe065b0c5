package com.dorsum.people;

/**
 * A patient's medical record number, assigned by the system: "MRN" and seven digits, the last a check digit
 * (Luhn) so a mistyped number is caught before it finds the wrong patient.
 */
public record MedicalRecordNumber(String value) {

    public MedicalRecordNumber {
        if (value == null || !value.matches("MRN\\d{7}") || !luhnValid(value.substring(3))) {
            throw new IllegalArgumentException("not a medical record number: " + value);
        }
    }

    /** The number for the n-th patient ever registered (n from 1 to 999,999). */
    public static MedicalRecordNumber ofSequence(long n) {
        if (n < 1 || n > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + n);
        }
        String body = String.format("%06d", n);
        return new MedicalRecordNumber("MRN" + body + checkDigit(body));
    }

    public static boolean looksLike(String text) {
        return text != null && text.trim().toUpperCase().matches("MRN\\d{7}");
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean luhnValid(String digits) {
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
