package com.dorsum.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MillisecondTimeTest {

    private final MillisecondTime converter = new MillisecondTime();

    @Test
    void writesUtcToTheMillisecond() {
        assertEquals("2026-12-01 09:30:15.123",
                converter.convertToDatabaseColumn(Instant.parse("2026-12-01T09:30:15.123Z")));
    }

    @Test
    void readsWhatTheDatabaseGivesBackWithOrWithoutFraction() {
        assertEquals(Instant.parse("2026-12-01T09:30:15.123Z"),
                converter.convertToEntityAttribute("2026-12-01 09:30:15.123000"));
        assertEquals(Instant.parse("2026-12-01T09:30:15Z"), converter.convertToEntityAttribute("2026-12-01 09:30:15"));
    }
}
