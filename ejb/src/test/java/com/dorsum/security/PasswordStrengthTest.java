package com.dorsum.security;

import com.dorsum.platform.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordStrengthTest {

    private static List<String> patient(String password) {
        return PasswordStrength.check(password, Role.PATIENT, "anna.a", "Anna", "Achterberg").stream()
                .map(Violation::message).toList();
    }

    private static List<String> staff(String password) {
        return PasswordStrength.check(password, Role.CLINICIAN, "h.adler", "Helena Adler").stream()
                .map(Violation::message).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qwerty123!", "P@ssw0rd123", "Summer2026!"})
    void commonPasswordsThatLookComplexAreRefusedWithAClearMessage(String common) {
        List<String> messages = patient(common);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(PasswordStrength.TOO_EASY), messages.get(0));
    }

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertEquals(List.of(), patient("Rucksack-2931"));
        assertEquals(List.of(), patient("plum orbit cactus ferry"));
        assertEquals(List.of(), staff("plum orbit cactus ferry"));
    }

    @Test
    void patientsNeedTenCharactersAndStaffTwelve() {
        assertEquals(List.of("Use at least 10 characters"), patient("Ab1!x"));
        assertEquals(List.of("Use at least 12 characters"), staff("Kx8#qLw2!vZ"));
        assertEquals(List.of(), patient("Kx8#qLw2!vZ"));
    }

    @Test
    void thePersonsOwnNameOrUserNameMakesAPasswordGuessable() {
        assertTrue(patient("Anna.A-2026x").contains("The password must not contain your user name"));
        assertTrue(patient("AchterbergAnna1").get(0).startsWith(PasswordStrength.TOO_EASY),
                patient("AchterbergAnna1").toString());
    }

    @Test
    void aVeryLongPasswordIsRefused() {
        assertEquals(List.of("Use at most 200 characters"), patient("x".repeat(201)));
    }
}
