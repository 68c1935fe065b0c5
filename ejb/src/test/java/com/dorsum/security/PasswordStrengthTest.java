package com.dorsum.security;

import com.dorsum.platform.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordStrengthTest {

    private static List<String> messages(String password) {
        return PasswordStrength.check(password, "anna.a").stream().map(Violation::message).toList();
    }

    @Test
    void tenCharactersOfThreeKindsAreEnough() {
        assertTrue(messages("Rucksack-29").isEmpty());
        assertTrue(messages("blue7horse!sky").isEmpty());
    }

    @Test
    void shortPasswordIsRefusedFirst() {
        assertEquals(List.of("Use at least 10 characters"), messages("Ab1!"));
    }

    @Test
    void onlyLettersIsTooSimple() {
        assertEquals(1, messages("correcthorsebattery").size());
    }

    @Test
    void userNameOrACommonPasswordInsideIsRefused() {
        assertTrue(messages("Anna.A-2026x").contains("The password must not contain your user name"));
        assertTrue(messages("Password-2026").contains("This password is too easy to guess"));
        assertTrue(messages("Aa1!Aa1!Aa1!").contains("This password is too easy to guess"));
    }
}
