package com.dorsum.api;

import com.dorsum.platform.MultiLineText;
import com.dorsum.platform.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Whether a JSON document fits the Java type it is about to be bound to, field by field, strictly: a whole number
 * for an integer field, within the field's range; a finite number for a decimal; {@code true} or {@code false} for a
 * boolean; text for text, dates and named values; a list for a list and an object for an object. Text holds no
 * control characters, except line breaks and tabs in {@link MultiLineText} fields. JSON-B on its own reads
 * {@code 4294967302} into an int as 6, {@code 9.99} as 9, {@code "maybe"} as false and {@code [3]} as 3.
 * Properties the type does not have, and nulls, are left to binding and the domain's validation.
 */
final class JsonShape {

    /** Whole numbers no type of ours can hold have more digits than this; checked before any exact conversion. */
    private static final int MAX_WHOLE_DIGITS = 19;

    private static final Map<Class<?>, Range> WHOLE = Map.of(
            byte.class, new Range(Byte.MIN_VALUE, Byte.MAX_VALUE), Byte.class, new Range(Byte.MIN_VALUE, Byte.MAX_VALUE),
            short.class, new Range(Short.MIN_VALUE, Short.MAX_VALUE),
            Short.class, new Range(Short.MIN_VALUE, Short.MAX_VALUE),
            int.class, new Range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Integer.class, new Range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            long.class, new Range(Long.MIN_VALUE, Long.MAX_VALUE), Long.class, new Range(Long.MIN_VALUE, Long.MAX_VALUE),
            BigInteger.class, new Range(Long.MIN_VALUE, Long.MAX_VALUE));

    private static final Map<Class<?>, Function<String, ?>> TIMES = Map.of(
            LocalDate.class, LocalDate::parse, LocalDateTime.class, LocalDateTime::parse, LocalTime.class,
            LocalTime::parse);

    private static final Map<Class<?>, String> TIME_EXAMPLES = Map.of(
            LocalDate.class, "a date like 2026-12-01", LocalDateTime.class, "a date-time like 2026-12-01T09:30",
            LocalTime.class, "a time like 09:30");

    private static final Map<Class<?>, Map<String, Property>> PROPERTIES = new ConcurrentHashMap<>();

    private record Range(long min, long max) {
        boolean contains(BigInteger n) {
            return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
        }
    }

    /** A property JSON-B binds: its declared type, and whether its text may run over several lines. */
    private record Property(Type type, boolean multiLine) {
    }

    private final List<Violation> violations = new ArrayList<>();

    private JsonShape() {
    }

    /** Everything in the document that does not fit the type, field by field; empty when it fits. */
    static List<Violation> check(JsonValue document, Type type) {
        JsonShape shape = new JsonShape();
        shape.value("body", document, type, false);
        return shape.violations;
    }

    private void value(String path, JsonValue value, Type type, boolean multiLine) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL || raw == Object.class
                || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == Optional.class) {
            value(path, value, argument(type, 0), multiLine);
        } else if (raw == String.class || raw == CharSequence.class) {
            text(path, value, multiLine);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                refuse(path, "must be true or false");
            }
        } else if (WHOLE.containsKey(raw)) {
            whole(path, value, WHOLE.get(raw));
        } else if (raw.isEnum()) {
            named(path, value, raw);
        } else if (TIMES.containsKey(raw)) {
            time(path, value, raw);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            list(path, value, raw.isArray() ? component(type) : argument(type, 0));
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value instanceof JsonObject object) {
                object.forEach((key, entry) -> value(path + "." + key, entry, argument(type, 1), false));
            } else {
                refuse(path, "must be an object ({...})");
            }
        } else if (raw != char.class && (raw.isPrimitive() || Number.class.isAssignableFrom(raw))) {
            decimal(path, value, raw == float.class || raw == Float.class);
        } else if (raw.isPrimitive() || raw.getName().startsWith("java.")) {
            // a character, another date or time type, a UUID: written as text
            if (!(value instanceof JsonString)) {
                refuse(path, "must be text (in quotes)");
            }
        } else {
            object(path, value, raw);
        }
    }

    private void text(String path, JsonValue value, boolean multiLine) {
        if (!(value instanceof JsonString string)) {
            refuse(path, "must be text (in quotes)");
            return;
        }
        String text = string.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                refuse(path, multiLine ? "must not contain control characters (line breaks and tabs are fine)"
                        : "must be one line of text without control characters (no line breaks, tabs or NUL)");
                return;
            }
        }
    }

    private void whole(String path, JsonValue value, Range range) {
        if (!(value instanceof JsonNumber number)) {
            refuse(path, "must be a whole number (without quotes)");
            return;
        }
        BigDecimal n = number.bigDecimalValue().stripTrailingZeros();
        if (n.scale() > 0) {
            refuse(path, "must be a whole number, not a fraction");
        } else if (n.precision() - n.scale() > MAX_WHOLE_DIGITS || !range.contains(n.toBigIntegerExact())) {
            refuse(path, "must be a whole number from " + range.min() + " to " + range.max());
        }
    }

    private void decimal(String path, JsonValue value, boolean single) {
        if (!(value instanceof JsonNumber number)) {
            refuse(path, "must be a number (without quotes)");
            return;
        }
        double d = number.bigDecimalValue().doubleValue();
        if (!Double.isFinite(d) || single && !Float.isFinite((float) d)) {
            refuse(path, "is too large a number");
        }
    }

    private void named(String path, JsonValue value, Class<?> type) {
        String[] names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
        if (!(value instanceof JsonString string) || !Arrays.asList(names).contains(string.getString())) {
            refuse(path, "must be one of " + String.join(", ", names));
        }
    }

    private void time(String path, JsonValue value, Class<?> type) {
        try {
            if (value instanceof JsonString string) {
                TIMES.get(type).apply(string.getString().trim());
                return;
            }
        } catch (DateTimeParseException e) {
            // refused below, naming the field
        }
        refuse(path, "must be " + TIME_EXAMPLES.get(type));
    }

    private void list(String path, JsonValue value, Type element) {
        if (!(value instanceof JsonArray array)) {
            refuse(path, "must be a list ([...])");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            value(path + "[" + i + "]", array.get(i), element, false);
        }
    }

    private void object(String path, JsonValue value, Class<?> type) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, "must be an object ({...})");
            return;
        }
        Map<String, Property> properties = PROPERTIES.computeIfAbsent(type, JsonShape::properties);
        String prefix = path.equals("body") ? "" : path + ".";
        object.forEach((name, entry) -> {
            Property property = properties.get(name);
            if (property != null) {
                value(prefix + name, entry, property.type(), property.multiLine());
            }
        });
    }

    private void refuse(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** The properties JSON-B binds by name: a record's components, else setters and fields up the hierarchy. */
    private static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> properties = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(c.getName(), new Property(c.getGenericType(), c.isAnnotationPresent(MultiLineText.class)));
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    properties.putIfAbsent(field.getName(), new Property(field.getGenericType(),
                            field.isAnnotationPresent(MultiLineText.class)));
                }
            }
        }
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())) {
                String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                Property field = properties.get(property);
                properties.put(property, new Property(method.getGenericParameterTypes()[0],
                        field != null && field.multiLine()));
            }
        }
        return properties;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type component(Type type) {
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        return ((Class<?>) type).getComponentType();
    }
}
