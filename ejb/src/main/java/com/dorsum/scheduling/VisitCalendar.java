package com.dorsum.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Writes visits as an iCalendar file (RFC 5545) that calendar apps import or subscribe to: the clinic's time zone
 * as a VTIMEZONE built from the zone's current rules, every event with a stable UID, a UTC DTSTAMP and LAST-MODIFIED,
 * and DTSTART/DTEND as local times with that TZID; text escaped, lines folded at 75
 * octets and ended with CRLF.
 */
public final class VisitCalendar {

    /** One visit as the calendar shows it. */
    public record Event(String uid, Instant lastModified, LocalDateTime start, LocalDateTime end, String summary,
                        String location, String description) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final StringBuilder out = new StringBuilder(2048);

    private VisitCalendar() {
    }

    public static String write(String name, ZoneId zone, Instant stamp, List<Event> events) {
        VisitCalendar calendar = new VisitCalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:-//Dorsum clinic//Patient portal//EN");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:PUBLISH");
        calendar.line("X-WR-CALNAME:" + text(name));
        calendar.line("X-WR-TIMEZONE:" + zone.getId());
        calendar.timeZone(zone);
        for (Event event : events) {
            calendar.line("BEGIN:VEVENT");
            calendar.line("UID:" + event.uid());
            calendar.line("DTSTAMP:" + UTC.format(stamp));
            calendar.line("LAST-MODIFIED:" + UTC.format(event.lastModified()));
            calendar.line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.start()));
            calendar.line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.end()));
            calendar.line("SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                calendar.line("LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                calendar.line("DESCRIPTION:" + text(event.description()));
            }
            calendar.line("STATUS:CONFIRMED");
            calendar.line("TRANSP:OPAQUE");
            calendar.line("END:VEVENT");
        }
        calendar.line("END:VCALENDAR");
        return calendar.out.toString();
    }

    /** The zone's current rules: a STANDARD and a DAYLIGHT part with yearly rules, or one STANDARD part. */
    private void timeZone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.now());
            line("BEGIN:STANDARD");
            line("DTSTART:19700101T000000");
            line("TZOFFSETFROM:" + offset(offset));
            line("TZOFFSETTO:" + offset(offset));
            line("END:STANDARD");
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            String part = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
            line("BEGIN:" + part);
            line("DTSTART:" + LOCAL.format(first.getDateTimeBefore()));
            line("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
            line("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
            line("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + byDay(rule));
            line("END:" + part);
        }
        line("END:VTIMEZONE");
    }

    /** "The first/last such weekday" where the rule says so, else the weekday among the seven days it may fall on. */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        if (rule.getDayOfWeek() == null) {
            return ";BYMONTHDAY=" + rule.getDayOfMonthIndicator();
        }
        String day = DAYS[rule.getDayOfWeek().getValue() - 1];
        int indicator = rule.getDayOfMonthIndicator();
        Month month = rule.getMonth();
        if (indicator < 0) {
            return indicator == -1 ? ";BYDAY=-1" + day : ";BYDAY=" + day + ";BYMONTHDAY=" + range(indicator - 6, indicator);
        }
        if ((indicator - 1) % 7 == 0) {
            return ";BYDAY=" + ((indicator - 1) / 7 + 1) + day;
        }
        if (indicator + 6 == month.minLength() && month.minLength() == month.maxLength()) {
            return ";BYDAY=-1" + day;
        }
        return ";BYDAY=" + day + ";BYMONTHDAY=" + range(indicator, indicator + 6);
    }

    private static String range(int from, int to) {
        StringBuilder days = new StringBuilder();
        for (int d = from; d <= to; d++) {
            days.append(d == from ? "" : ",").append(d);
        }
        return days.toString();
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Content lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
