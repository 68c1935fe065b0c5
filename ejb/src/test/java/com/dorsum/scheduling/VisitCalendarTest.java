package com.dorsum.scheduling;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-24T08:00:00Z");
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);

    private static String berlin(String summary) {
        return VisitCalendar.write("Dorsum", ZoneId.of("Europe/Berlin"), STAMP, List.of(new VisitCalendar.Event(
                "appointment-7@dorsum-clinic", STAMP, NINE, NINE.plusMinutes(45), summary, "Gym 1, Main St. 1", null)));
    }

    @Test
    void everyLineEndsWithCrLfAndNoneIsLongerThanSeventyFiveOctets() {
        String ics = berlin("Physiotherapy with Jakob Berger, " + "ä".repeat(80));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"));
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Physiotherapy with Jakob Berger\\, " + "ä".repeat(80) + "\r\n"));
    }

    @Test
    void eventIsInTheClinicsZoneWithUidAndUtcStamp() {
        String ics = berlin("Physiotherapy");
        assertTrue(ics.contains("UID:appointment-7@dorsum-clinic\r\n"));
        assertTrue(ics.contains("DTSTAMP:20261124T080000Z\r\n"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20261201T090000\r\n"));
        assertTrue(ics.contains("DTEND;TZID=Europe/Berlin:20261201T094500\r\n"));
        assertTrue(ics.contains("LOCATION:Gym 1\\, Main St. 1\r\n"));
    }

    @Test
    void berlinHasSummerTimeFromTheLastSundayOfMarchToTheLastSundayOfOctober() {
        String ics = berlin("x");
        String zone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
        assertTrue(zone.contains("BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\n"
                + "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT"), zone);
        assertTrue(zone.contains("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\n"
                + "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD"), zone);
    }

    @Test
    void zoneWithoutSummerTimeHasOneStandardPart() {
        String ics = VisitCalendar.write("x", ZoneId.of("Asia/Tokyo"), STAMP, List.of());
        assertEquals(1, ics.split("BEGIN:STANDARD", -1).length - 1);
        assertTrue(ics.contains("TZOFFSETTO:+0900\r\n"));
    }

    @Test
    void newYorkStartsSummerTimeOnTheSecondSundayOfMarch() {
        String ics = VisitCalendar.write("x", ZoneId.of("America/New_York"), STAMP, List.of());
        assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"), ics);
    }
}
