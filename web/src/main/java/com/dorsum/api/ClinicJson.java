package com.dorsum.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * JSON as API.md writes it: local date-times to the minute ({@code 2026-12-01T09:30}) unless they carry seconds.
 * Reading accepts any ISO-8601 local date-time, with or without seconds.
 */
@Provider
public class ClinicJson implements ContextResolver<Jsonb> {

    private static final DateTimeFormatter TO_THE_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withAdapters(new LocalDateTimes()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static final class LocalDateTimes implements JsonbAdapter<LocalDateTime, String> {

        @Override
        public String adaptToJson(LocalDateTime time) {
            return time.getSecond() == 0 && time.getNano() == 0 ? TO_THE_MINUTE.format(time) : time.toString();
        }

        @Override
        public LocalDateTime adaptFromJson(String text) {
            return LocalDateTime.parse(text.trim());
        }
    }
}
