package com.dorsum.api;

import com.dorsum.platform.InvalidInput;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** ISO-8601 dates (2026-12-01) and local date-times (2026-12-01T09:30) in query and path parameters. */
@Provider
public class TimeParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, "a date like 2026-12-01");
        }
        if (type == LocalDateTime.class) {
            return (ParamConverter<T>) converter(LocalDateTime::parse, "a date-time like 2026-12-01T09:30");
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (DateTimeParseException e) {
                    throw new InvalidInput("parameter", "'" + value + "' is not " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
