package com.dorsum.care;

import com.dorsum.people.Discipline;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareTeamMemberTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int LAPSE = 180;

    private static CareTeamMember joinedOn(LocalDate day) {
        Instant since = day.atTime(10, 0).atZone(BERLIN).toInstant();
        return new CareTeamMember(1, new Provider("Jakob Berger", Discipline.PHYSIOTHERAPIST), CareRole.TREATING,
                "frontdesk", since);
    }

    @Test
    void membershipWithoutAVisitLapses180DaysAfterJoining() {
        CareTeamMember member = joinedOn(LocalDate.of(2026, 1, 10));
        assertEquals(LocalDate.of(2026, 7, 9), member.lapsesOn(null, LAPSE, BERLIN));
        assertTrue(member.isActiveOn(LocalDate.of(2026, 7, 8), null, LAPSE, BERLIN));
        assertFalse(member.isActiveOn(LocalDate.of(2026, 7, 9), null, LAPSE, BERLIN));
    }

    @Test
    void eachVisitKeepsTheMembershipFor180DaysMore() {
        CareTeamMember member = joinedOn(LocalDate.of(2026, 1, 10));
        LocalDate visit = LocalDate.of(2026, 5, 1);
        assertEquals(visit.plusDays(LAPSE), member.lapsesOn(visit, LAPSE, BERLIN));
        assertTrue(member.isActiveOn(visit.plusDays(LAPSE - 1), visit, LAPSE, BERLIN));
        assertFalse(member.isActiveOn(visit.plusDays(LAPSE), visit, LAPSE, BERLIN));
    }

    @Test
    void aVisitBeforeJoiningDoesNotShortenTheMembership() {
        CareTeamMember member = joinedOn(LocalDate.of(2026, 6, 1));
        assertEquals(LocalDate.of(2026, 6, 1).plusDays(LAPSE),
                member.lapsesOn(LocalDate.of(2025, 1, 1), LAPSE, BERLIN));
    }

    @Test
    void anEndedMembershipNoLongerHoldsAndEndsOnce() {
        CareTeamMember member = joinedOn(LocalDate.of(2026, 6, 1));
        member.end("frontdesk", Instant.parse("2026-06-02T08:00:00Z"));
        assertFalse(member.isActiveOn(LocalDate.of(2026, 6, 3), null, LAPSE, BERLIN));
        assertEquals("frontdesk", member.getEndedBy());
        DomainException again = assertThrows(DomainException.class,
                () -> member.end("admin", Instant.parse("2026-06-03T08:00:00Z")));
        assertEquals("CARE_TEAM_MEMBER_ENDED", again.code());
    }

    @Test
    void aMemberNeedsAClinicianARoleAndWhoAddedThem() {
        assertThrows(IllegalArgumentException.class, () -> new CareTeamMember(1, null, CareRole.TREATING,
                "frontdesk", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> new CareTeamMember(1,
                new Provider("Jakob Berger", Discipline.PHYSIOTHERAPIST), null, "frontdesk", Instant.now()));
    }
}
