package com.dorsum.injections;

import com.dorsum.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The patient's injections as the aggregate that holds R6 through booking, moving, cancelling and recording. */
class InjectionHistoryTest {

    private static final long PATIENT = 7;
    private static final long PHYSICIAN = 1;

    private final List<Injection> injections = new ArrayList<>();

    private Injection booked(String dateTime) {
        Injection injection = new Injection(PATIENT, PHYSICIAN, LocalDateTime.parse(dateTime), SpinalLevel.L4_L5,
                Side.LEFT);
        injections.add(injection);
        return injection;
    }

    private InjectionHistory history() {
        return new InjectionHistory(PATIENT, injections);
    }

    private static Procedure procedure(String start, int minutes) {
        ProcedureRecord record = new ProcedureRecord();
        record.setLevels(EnumSet.of(SpinalLevel.L4_L5, SpinalLevel.L5_S1));
        record.setSide(Side.BILATERAL);
        record.setAnesthetic("Lidocaine 1%, 1 ml");
        record.setCorticosteroid("Methylprednisolone 40 mg");
        record.setStart(LocalDateTime.parse(start));
        record.setEnd(LocalDateTime.parse(start).plusMinutes(minutes));
        record.setProviderId(PHYSICIAN);
        return new Procedure(record, "clinician", Instant.parse("2025-01-10T10:00:00Z"));
    }

    @Test
    void fourthInjectionWithinSixMonthsIsRefused() {
        booked("2025-01-10T09:00");
        booked("2025-02-10T09:00");
        booked("2025-03-10T09:00");
        FacetInjectionLimitExceeded refused = assertThrows(FacetInjectionLimitExceeded.class,
                () -> history().book(PHYSICIAN, LocalDateTime.parse("2025-06-02T10:00"), SpinalLevel.L4_L5, Side.LEFT));
        assertEquals(LocalDate.parse("2025-07-11"), refused.earliestAllowed());
    }

    @Test
    void aCancelledInjectionDoesNotCount() {
        booked("2025-01-10T09:00");
        Injection second = booked("2025-02-10T09:00");
        booked("2025-03-10T09:00");
        history().cancel(second, "patient has a cold");
        Injection fourth = history().book(PHYSICIAN, LocalDateTime.parse("2025-06-02T10:00"), SpinalLevel.L3_L4,
                Side.RIGHT);
        assertEquals(InjectionStatus.BOOKED, fourth.getStatus());
        assertEquals(InjectionStatus.CANCELLED, second.getStatus());
        assertEquals(new InjectionLimit.Allowance(2, 1, LocalDate.parse("2025-04-01")),
                history().allowanceOn(LocalDate.parse("2025-04-01")));
    }

    @Test
    void aBookedInjectionAheadCounts() {
        booked("2025-01-10T09:00");
        booked("2025-02-10T09:00");
        booked("2025-05-20T09:00");
        assertThrows(FacetInjectionLimitExceeded.class,
                () -> history().book(PHYSICIAN, LocalDateTime.parse("2025-04-01T10:00"), SpinalLevel.L4_L5, Side.LEFT));
    }

    @Test
    void movingAnInjectionEarlierIntoAFullWindowIsRefused() {
        booked("2025-01-10T09:00");
        booked("2025-02-10T09:00");
        booked("2025-03-10T09:00");
        Injection later = booked("2025-08-20T09:00");
        FacetInjectionLimitExceeded refused = assertThrows(FacetInjectionLimitExceeded.class,
                () -> history().move(later, LocalDateTime.parse("2025-06-02T09:00")));
        assertEquals(LocalDate.parse("2025-07-11"), refused.earliestAllowed());
        assertEquals(LocalDateTime.parse("2025-08-20T09:00"), later.getStart());
        history().move(later, LocalDateTime.parse("2025-07-11T09:00"));
        assertEquals(LocalDate.parse("2025-07-11"), later.date());
    }

    @Test
    void movingAnInjectionWithinItsOwnWindowIsNotCountedAgainstItself() {
        booked("2025-01-10T09:00");
        booked("2025-02-10T09:00");
        Injection third = booked("2025-03-10T09:00");
        history().move(third, LocalDateTime.parse("2025-03-12T11:00"));
        assertEquals(LocalDate.parse("2025-03-12"), third.date());
    }

    @Test
    void recordingTheProcedureMakesItPerformedWithTheLevelsAndSideDone() {
        Injection injection = booked("2025-01-10T09:00");
        history().perform(injection, procedure("2025-01-10T09:05", 25),
                EnumSet.of(SpinalLevel.L4_L5, SpinalLevel.L5_S1), Side.BILATERAL);
        assertEquals(InjectionStatus.PERFORMED, injection.getStatus());
        assertEquals(EnumSet.of(SpinalLevel.L4_L5, SpinalLevel.L5_S1), injection.getLevels());
        assertEquals(LocalDate.parse("2025-01-14"), injection.followUpDueOn());
        assertThrows(InvalidInput.class, () -> history().cancel(injection, "too late"));
    }

    @Test
    void aProcedureTakesTwentyToThirtyMinutes() {
        assertEquals(20, procedure("2025-01-10T09:00", 20).minutes());
        assertEquals(30, procedure("2025-01-10T09:00", 30).minutes());
        assertThrows(InvalidInput.class, () -> procedure("2025-01-10T09:00", 19));
        assertThrows(InvalidInput.class, () -> procedure("2025-01-10T09:00", 31));
    }

    @Test
    void aProcedureIsRecordedOnTheDayItWasBooked() {
        Injection injection = booked("2025-01-10T09:00");
        assertThrows(InvalidInput.class, () -> history().perform(injection, procedure("2025-01-11T09:00", 25),
                EnumSet.of(SpinalLevel.L4_L5), Side.LEFT));
        assertEquals(InjectionStatus.BOOKED, injection.getStatus());
    }

    @Test
    void theFollowUpIsDueOnceDayThreeIsOver() {
        Injection injection = booked("2025-01-10T09:00");
        assertEquals(LocalDate.parse("2025-01-14"), injection.followUpDueOn());
        // Performed before the 11th at midnight means due by the 14th.
        assertEquals(LocalDateTime.parse("2025-01-11T00:00"),
                Injection.followUpDueIfPerformedBefore(LocalDate.parse("2025-01-14")));
    }

    @Test
    void aFollowUpIsRecordedOnceAfterThePerformedInjection() {
        Injection injection = booked("2025-01-10T09:00");
        FollowUp check = new FollowUp(LocalDate.parse("2025-01-14"), Relief.GOOD, 2, null, "clinician");
        assertThrows(InvalidInput.class, () -> injection.checkFollowUp(check));
        history().perform(injection, procedure("2025-01-10T09:00", 25), EnumSet.of(SpinalLevel.L4_L5), Side.LEFT);
        assertThrows(InvalidInput.class, () -> injection.checkFollowUp(
                new FollowUp(LocalDate.parse("2025-01-09"), Relief.GOOD, 2, null, "clinician")));
        injection.checkFollowUp(check);
        assertEquals(Relief.GOOD, injection.getFollowUp().getRelief());
        assertThrows(InvalidInput.class, () -> injection.checkFollowUp(check));
        assertThrows(InvalidInput.class, () -> new FollowUp(LocalDate.parse("2025-01-14"), Relief.NONE, 11, null, "x"));
    }

    @Test
    void levelsAreReadInAnySpelling() {
        assertEquals(SpinalLevel.L4_L5, SpinalLevel.parse("L4-L5").orElseThrow());
        assertEquals(SpinalLevel.L5_S1, SpinalLevel.parse(" l5_s1 ").orElseThrow());
        assertEquals(SpinalLevel.C7_T1, SpinalLevel.parse("C7T1").orElseThrow());
        assertEquals("T12-L1", SpinalLevel.T12_L1.label());
        assertEquals(true, SpinalLevel.parse("L6-L7").isEmpty());
    }
}
