package com.dorsum.care;

import com.dorsum.people.Discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient's care team as every door shows it (R19): the members on it today first, then those ended or lapsed,
 * each with the last visit and the day the membership lapses.
 */
public record CareTeam(long patientId, List<Member> members) {

    public record Member(long id, long clinicianId, String clinician, Discipline discipline, CareRole role,
                         Instant since, String addedBy, LocalDate lastVisit, LocalDate lapsesOn, boolean active,
                         Instant endedAt, String endedBy) {
    }

    public List<Member> active() {
        return members.stream().filter(Member::active).toList();
    }
}
