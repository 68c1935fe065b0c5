package com.dorsum.security;

import com.dorsum.platform.Violation;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The minimum strength of a password a person chooses (SECURITY.md): at least 12 characters for staff and 10 for
 * patients, at most {@value #MAX_LENGTH}, not containing the user name, and not guessable: zxcvbn (its frequency
 * lists of common passwords, names and words, keyboard patterns, dates, l33t substitutions), told the person's own
 * user name and names, must rate it at least {@value #MIN_SCORE} of 4. Character classes are not counted:
 * {@code P@ssw0rd123} has all four and is among the first guesses.
 */
public final class PasswordStrength {

    static final String TOO_EASY = "This password is too easy to guess";
    static final int MAX_LENGTH = 200;
    static final int MIN_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordStrength() {
    }

    public static int minimumLength(Role role) {
        return role.isStaff() ? 12 : 10;
    }

    /**
     * What is wrong with a password chosen for an account of this role; empty when it is strong enough.
     * {@code userInputs}: the user name first, then the person's names (each is guessable for this person).
     */
    public static List<Violation> check(String password, Role role, String... userInputs) {
        int minimum = minimumLength(role);
        if (password == null || password.length() < minimum) {
            return refused("Use at least " + minimum + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return refused("Use at most " + MAX_LENGTH + " characters");
        }
        String username = userInputs.length == 0 ? null : userInputs[0];
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return refused("The password must not contain your user name");
        }
        Strength strength = ZXCVBN.measure(password, guessableFor(userInputs));
        if (strength.getScore() < MIN_SCORE) {
            return refused(TOO_EASY + advice(strength.getFeedback()));
        }
        return List.of();
    }

    /** The inputs and their parts (a user name "anna.a", a name "Helena Adler"). */
    private static List<String> guessableFor(String... userInputs) {
        return Arrays.stream(userInputs).filter(Objects::nonNull)
                .flatMap(input -> java.util.stream.Stream.concat(java.util.stream.Stream.of(input),
                        Arrays.stream(input.split("[\\s._-]+"))))
                .filter(part -> part.length() >= 2).map(part -> part.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static String advice(Feedback feedback) {
        String warning = feedback.getWarning(Locale.ENGLISH);
        StringBuilder advice = new StringBuilder(warning == null || warning.isBlank() ? "" : " (" + warning + ")");
        advice.append(". Use a longer password: several unrelated words, or a mix no one would guess.");
        return advice.toString();
    }

    private static List<Violation> refused(String message) {
        return List.of(new Violation("password", message));
    }
}
