package com.dorsum.referrals;

import com.dorsum.people.MedicalRecordNumber;
import com.dorsum.people.Patient;
import com.dorsum.people.PatientDetails;
import com.dorsum.people.Sex;

import java.time.LocalDate;

/** Patients for the unit tests. */
final class TestPatients {

    private TestPatients() {
    }

    static Patient anna() {
        return new Patient(MedicalRecordNumber.ofSequence(1),
                new PatientDetails("Anna", "Achterberg", LocalDate.of(1971, 3, 4), Sex.FEMALE, null, null));
    }
}
