package com.dorsum.api;

import com.dorsum.platform.InvalidInput;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Query and path parameters the API reads: ISO-8601 dates (2026-12-01) and local date-times (2026-12-01T09:30),
 * and whole numbers and named values in query parameters (page, size, ids, discipline). One that does not parse is 400 VALIDATION naming the
 * parameter, not the 404 JAX-RS gives an unreadable query parameter.
 */
@Provider
public class Parameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        String field = name != null ? name : "parameter";
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, field, "a date like 2026-12-01", false);
        }
        if (type == LocalDateTime.class) {
            return (ParamConverter<T>) converter(LocalDateTime::parse, field, "a date-time like 2026-12-01T09:30",
                    false);
        }
        if (name == null) {
            return null;
        }
        if (type == int.class || type == Integer.class) {
            return (ParamConverter<T>) converter(Integer::valueOf, field, "a whole number", type.isPrimitive());
        }
        if (type == long.class || type == Long.class) {
            return (ParamConverter<T>) converter(Long::valueOf, field, "a whole number", type.isPrimitive());
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) converter(value -> enumValue(type, value), field,
                    "one of " + Arrays.toString(type.getEnumConstants()), false);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class) type, value);
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, String field, String expected,
                                                   boolean required) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (required) {
                        throw new InvalidInput(field, "must be " + expected);
                    }
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new InvalidInput(field, "'" + value + "' is not " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
