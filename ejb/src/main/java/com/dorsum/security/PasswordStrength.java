package com.dorsum.security;

import com.dorsum.platform.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The minimum strength of a password a person chooses: at least {@value #MIN_LENGTH} characters from at least
 * three of lower case, upper case, digits and other characters, not containing the user name, and not one of the
 * passwords every attacker tries first.
 */
public final class PasswordStrength {

    public static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = Set.of("password", "passwort", "123456789", "1234567890",
            "qwertyuiop", "qwertzuiop", "iloveyou", "letmein", "welcome", "admin", "changeme", "dorsum", "clinic");

    private PasswordStrength() {
    }

    public static List<Violation> check(String password, String username) {
        List<Violation> found = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            found.add(new Violation("password", "Use at least " + MIN_LENGTH + " characters"));
            return found;
        }
        if (password.length() > MAX_LENGTH) {
            found.add(new Violation("password", "Use at most " + MAX_LENGTH + " characters"));
            return found;
        }
        int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3) {
            found.add(new Violation("password",
                    "Mix at least three of: small letters, capital letters, digits, other characters"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            found.add(new Violation("password", "The password must not contain your user name"));
        }
        if (COMMON.stream().anyMatch(lower::contains) || password.chars().distinct().count() < 5) {
            found.add(new Violation("password", "This password is too easy to guess"));
        }
        return found;
    }
}
