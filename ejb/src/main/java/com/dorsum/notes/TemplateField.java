package com.dorsum.notes;

import com.dorsum.platform.Violation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field a discipline's note template adds to SOAP: a pick of several options, one option, a whole number in a
 * range, spinal segments, or free text. Values are kept as text ({@code THERAPEUTIC_ULTRASOUND,EXERCISES}, {@code 45},
 * {@code C6, T4-T5}); {@link #violation} says what is wrong with one, in words.
 */
public record TemplateField(String name, String label, Kind kind, List<String> options, int min, int max) {

    public enum Kind { CHOICES, CHOICE, NUMBER, SEGMENTS, TEXT }

    static final int MAX_TEXT = 1000;
    private static final Pattern SEGMENT = Pattern.compile("(C[1-7]|T([1-9]|1[0-2])|L[1-5]|S[1-5])"
            + "(-(C[1-7]|T([1-9]|1[0-2])|L[1-5]|S[1-5]))?");

    static TemplateField choices(String name, String label, String... options) {
        return new TemplateField(name, label, Kind.CHOICES, List.of(options), 0, 0);
    }

    static TemplateField choice(String name, String label, String... options) {
        return new TemplateField(name, label, Kind.CHOICE, List.of(options), 0, 0);
    }

    static TemplateField number(String name, String label, int min, int max) {
        return new TemplateField(name, label, Kind.NUMBER, List.of(), min, max);
    }

    static TemplateField segments(String name, String label) {
        return new TemplateField(name, label, Kind.SEGMENTS, List.of(), 0, 0);
    }

    static TemplateField text(String name, String label) {
        return new TemplateField(name, label, Kind.TEXT, List.of(), 0, MAX_TEXT);
    }

    /** The value as stored: trimmed, options upper case and in the template's order; null when empty. */
    public String normalized(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (kind) {
            case CHOICES -> String.join(",", options.stream().filter(parts(value)::contains).toList());
            case CHOICE -> value.trim().toUpperCase(Locale.ROOT);
            case SEGMENTS -> String.join(", ", parts(value));
            default -> value.trim();
        };
    }

    /** What is wrong with a value, or empty when it fits the field. */
    public Optional<Violation> violation(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String field = "fields." + name;
        return switch (kind) {
            case CHOICES, CHOICE -> {
                List<String> given = parts(value);
                List<String> unknown = given.stream().filter(v -> !options.contains(v)).toList();
                if (!unknown.isEmpty()) {
                    yield Optional.of(new Violation(field, label + ": choose from " + String.join(", ", options)
                            + " (not " + String.join(", ", unknown) + ")"));
                }
                yield kind == Kind.CHOICE && given.size() > 1
                        ? Optional.of(new Violation(field, label + ": choose one")) : Optional.empty();
            }
            case NUMBER -> {
                try {
                    int n = Integer.parseInt(value.trim());
                    yield n < min || n > max ? Optional.of(new Violation(field, label + " is from " + min + " to "
                            + max)) : Optional.empty();
                } catch (NumberFormatException e) {
                    yield Optional.of(new Violation(field, label + " is a whole number from " + min + " to " + max));
                }
            }
            case SEGMENTS -> parts(value).stream().allMatch(s -> SEGMENT.matcher(s).matches()) ? Optional.empty()
                    : Optional.of(new Violation(field, label + ": write segments as C6, T4-T5 or L5-S1"));
            case TEXT -> value.trim().length() > max ? Optional.of(new Violation(field, label + ": at most " + max
                    + " characters (now " + value.trim().length() + ")")) : Optional.empty();
        };
    }

    /** An option in words: THERAPEUTIC_ULTRASOUND reads "Therapeutic ultrasound". */
    public static String words(String option) {
        String lower = option.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static List<String> parts(String value) {
        return Arrays.stream(value.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .toList();
    }
}
