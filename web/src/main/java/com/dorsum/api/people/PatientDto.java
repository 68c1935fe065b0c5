package com.dorsum.api.people;

import com.dorsum.people.Patient;
import com.dorsum.people.Sex;

import java.time.LocalDate;
import java.util.List;

/** A patient as the API shows it (API.md, "Shapes"). */
public record PatientDto(long id, String mrn, String givenName, String familyName, LocalDate birthDate, Sex sex,
                         String phone, String email, List<String> possibleDuplicates) {

    static PatientDto of(Patient p) {
        return of(p, null);
    }

    static PatientDto of(Patient p, List<String> possibleDuplicates) {
        return new PatientDto(p.getId(), p.getMrn(), p.getGivenName(), p.getFamilyName(), p.getBirthDate(),
                p.getSex(), p.getPhone(), p.getEmail(), possibleDuplicates);
    }
}
