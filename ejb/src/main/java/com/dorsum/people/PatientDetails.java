package com.dorsum.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What the front desk types in to register or correct a patient. The constraints here are the one definition of
 * a valid patient: the JSF form, the REST API and the registry all validate against them.
 */
public class PatientDetails {

    @NotBlank(message = "Given name is required")
    @Size(max = 80, message = "Given name must be at most 80 characters")
    private String givenName;

    @NotBlank(message = "Family name is required")
    @Size(max = 80, message = "Family name must be at most 80 characters")
    private String familyName;

    @NotNull(message = "Birth date is required")
    @Past(message = "Birth date must be in the past")
    private LocalDate birthDate;

    @NotNull(message = "Sex is required (FEMALE, MALE, OTHER or UNKNOWN)")
    private Sex sex;

    @Pattern(regexp = "^$|^\\+?[0-9][0-9 ()/-]{5,22}$",
            message = "Phone must be digits, optionally starting with +, e.g. +49 30 1234567")
    private String phone;

    @Email(message = "Email must be a valid address, e.g. name@example.org")
    @Size(max = 120, message = "Email must be at most 120 characters")
    private String email;

    public PatientDetails() {
    }

    public PatientDetails(String givenName, String familyName, LocalDate birthDate, Sex sex, String phone,
                          String email) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.phone = phone;
        this.email = email;
    }

    public static PatientDetails of(Patient patient) {
        return new PatientDetails(patient.getGivenName(), patient.getFamilyName(), patient.getBirthDate(),
                patient.getSex(), patient.getPhone(), patient.getEmail());
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
