package com.dorsum.api.care;

import com.dorsum.platform.InvalidInput;

import java.util.Arrays;

/** A value of a closed list, read from a JSON string: an unknown one is a 400 naming the field and the choices. */
final class Choice {

    private Choice() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
