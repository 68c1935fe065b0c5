package com.dorsum.api;

import com.dorsum.diary.DiaryInput;
import com.dorsum.platform.MultiLineText;
import com.dorsum.platform.Violation;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonShapeTest {

    record Visit(Long patientId, int minutes, boolean urgent, DayOfWeek day, LocalDate date, String name,
                 @MultiLineText String note, List<Set<DayOfWeek>> weeks, Double weight) {
    }

    private static List<Violation> check(String json, Type type) {
        return JsonShape.check(Json.createReader(new StringReader(json)).readValue(), type);
    }

    private static void assertRefused(String json, Type type, String field) {
        List<Violation> found = check(json, type);
        assertEquals(1, found.size(), found.toString());
        assertEquals(field, found.get(0).field(), found.toString());
    }

    @Test
    void wellFormedInputFits() {
        assertEquals(List.of(), check("""
                {"patientId":12,"minutes":45,"urgent":false,"day":"MONDAY","date":"2026-12-01","name":"Anna",
                 "note":"line one\\n\\tline two","weeks":[["MONDAY","FRIDAY"]],"weight":72.5,"unknown":[1,"x"],
                 "name2":null}""", Visit.class));
        assertEquals(List.of(), check("{\"pain\":3,\"sleepHours\":6.5,\"notes\":\"ok\\nfine\"}", DiaryInput.class));
        assertEquals(List.of(), check("{\"patientId\":5.0,\"minutes\":1e2}", Visit.class));
    }

    @Test
    void wholeNumberOutOfRangeOrAFractionIsRefused() {
        assertRefused("{\"pain\":4294967302}", DiaryInput.class, "pain");
        assertRefused("{\"pain\":9.99}", DiaryInput.class, "pain");
        assertRefused("{\"pain\":1e400}", DiaryInput.class, "pain");
        assertRefused("{\"patientId\":1.5}", Visit.class, "patientId");
        assertRefused("{\"patientId\":1e999999999}", Visit.class, "patientId");
        assertRefused("{\"patientId\":-9223372036854775809}", Visit.class, "patientId");
    }

    @Test
    void decimalTooLargeForANumberIsRefused() {
        assertRefused("{\"sleepHours\":1e400}", DiaryInput.class, "sleepHours");
        assertRefused("{\"weight\":-1e309}", Visit.class, "weight");
    }

    @Test
    void stringsArraysAndObjectsForSingleValuesAreRefused() {
        assertRefused("{\"pain\":\"5\"}", DiaryInput.class, "pain");
        assertRefused("{\"pain\":[3]}", DiaryInput.class, "pain");
        assertRefused("{\"urgent\":\"maybe\"}", Visit.class, "urgent");
        assertRefused("{\"urgent\":1}", Visit.class, "urgent");
        assertRefused("{\"name\":42}", Visit.class, "name");
        assertRefused("{\"weeks\":\"MONDAY\"}", Visit.class, "weeks");
    }

    @Test
    void unknownNamesAndMalformedDatesAreRefusedNamingTheField() {
        assertRefused("{\"day\":\"FUNDAY\"}", Visit.class, "day");
        assertRefused("{\"date\":\"01.12.2026\"}", Visit.class, "date");
        assertRefused("{\"weeks\":[[\"MONDAY\",\"SOMEDAY\"]]}", Visit.class, "weeks[0][1]");
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyInMultiLineText() {
        assertRefused("{\"name\":\"An\\u0000na\"}", Visit.class, "name");
        assertRefused("{\"name\":\"Anna\\nSmith\"}", Visit.class, "name");
        assertRefused("{\"note\":\"bell \\u0007\"}", Visit.class, "note");
        assertRefused("{\"note\":\"escape \\u009b\"}", Visit.class, "note");
        assertTrue(check("{\"note\":\"a\\r\\nb\\tc\"}", Visit.class).isEmpty());
        assertRefused("{\"activity\":\"walk\\nrun\"}", DiaryInput.class, "activity");
    }

    @Test
    void documentOfTheWrongKindIsRefusedAsTheBody() {
        assertRefused("[1,2]", Visit.class, "body");
        assertRefused("\"text\"", DiaryInput.class, "body");
    }
}
