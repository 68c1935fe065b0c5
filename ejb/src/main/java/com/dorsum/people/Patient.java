package com.dorsum.people;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A patient of the clinic. Registered once with a system-assigned medical record number that never changes;
 * demographic details may be corrected later. Never deleted.
 */
@Entity
public class Patient extends AuditedEntity {

    @Column(nullable = false, unique = true, updatable = false, length = 10)
    private String mrn;

    @Column(nullable = false, length = 80)
    private String givenName;

    @Column(nullable = false, length = 80)
    private String familyName;

    @Column(nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(length = 30)
    private String phone;

    @Column(length = 120)
    private String email;

    protected Patient() {
    }

    /** Details must have passed validation ({@link PatientDetails}'s constraints). */
    public Patient(MedicalRecordNumber mrn, PatientDetails details) {
        this.mrn = mrn.value();
        correct(details);
    }

    public void correct(PatientDetails details) {
        this.givenName = details.getGivenName().trim();
        this.familyName = details.getFamilyName().trim();
        this.birthDate = details.getBirthDate();
        this.sex = details.getSex();
        this.phone = blankToNull(details.getPhone());
        this.email = blankToNull(details.getEmail());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getMrn() {
        return mrn;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
