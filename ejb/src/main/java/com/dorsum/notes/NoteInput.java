package com.dorsum.notes;

import com.dorsum.platform.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A note's draft as the clinician types it: the four SOAP parts and the template's fields by name (values as
 * text, several options separated by commas). Saved as it is typed (autosave), so nothing here is required;
 * {@link #violations} refuses only what cannot be kept.
 */
public record NoteInput(String subjective, String objective, String assessment, String plan,
                        Map<String, String> fields) {

    static final int MAX_PART = 4000;

    public List<Violation> violations(NoteTemplate template) {
        List<Violation> found = new ArrayList<>();
        tooLong(found, "subjective", subjective);
        tooLong(found, "objective", objective);
        tooLong(found, "assessment", assessment);
        tooLong(found, "plan", plan);
        if (fields != null) {
            fields.forEach((name, value) -> template.field(name).ifPresentOrElse(
                    field -> field.violation(value).ifPresent(found::add),
                    () -> found.add(new Violation("fields." + name, "The " + template.label().toLowerCase()
                            + " note has no field " + name))));
        }
        return found;
    }

    private static void tooLong(List<Violation> found, String part, String text) {
        if (text != null && text.trim().length() > MAX_PART) {
            found.add(new Violation(part, "Keep " + part + " to at most " + MAX_PART + " characters (now "
                    + text.trim().length() + ")"));
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
