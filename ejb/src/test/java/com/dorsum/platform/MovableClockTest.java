package com.dorsum.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovableClockTest {

    private final MovableClock clock = new MovableClock(ZoneId.of("Europe/Berlin"));

    @Test
    void workInsideAtReadsThatMomentAndOtherThreadsKeepTheRealTime() throws Exception {
        Instant then = Instant.parse("2026-10-05T07:30:00Z");
        Instant seenElsewhere = MovableClock.at(then, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertEquals(then, MovableClock.at(then, clock::instant));
        assertTrue(seenElsewhere.isAfter(then.plusSeconds(3600)), "another thread reads the real time");
    }

    @Test
    void aNestedMomentGivesWayToTheOuterOneAndThenToTheRealTime() {
        Instant outer = Instant.parse("2026-10-05T07:30:00Z");
        Instant inner = Instant.parse("2026-10-06T15:00:00Z");
        Instant afterInner = MovableClock.at(outer, () -> {
            assertEquals(inner, MovableClock.at(inner, clock::instant));
            return clock.instant();
        });
        assertEquals(outer, afterInner);
        assertTrue(clock.instant().isAfter(inner), "the real time once outside");
        assertEquals(ZoneId.of("UTC"), clock.withZone(ZoneId.of("UTC")).getZone());
    }
}
