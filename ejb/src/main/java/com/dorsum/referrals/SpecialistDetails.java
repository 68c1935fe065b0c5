package com.dorsum.referrals;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What ADMIN types in to add or change an external specialist; the one definition of a valid entry. */
public class SpecialistDetails {

    @NotBlank(message = "Name is required")
    @Size(max = 120, message = "Name must be at most 120 characters")
    private String name;

    @Size(max = 120, message = "Practice must be at most 120 characters")
    private String practice;

    @NotNull(message = "Specialty is required")
    private Specialty specialty;

    @Size(max = 300, message = "Address must be at most 300 characters")
    private String address;

    @Pattern(regexp = "^$|^\\+?[0-9][0-9 ()/-]{5,22}$",
            message = "Phone must be digits, optionally starting with +, e.g. +49 30 1234567")
    private String phone;

    @Email(message = "Email must be a valid address, e.g. name@example.org")
    @Size(max = 120, message = "Email must be at most 120 characters")
    private String email;

    private boolean active = true;

    public SpecialistDetails() {
    }

    public static SpecialistDetails of(ExternalSpecialist s) {
        SpecialistDetails d = new SpecialistDetails();
        d.name = s.getName();
        d.practice = s.getPractice();
        d.specialty = s.getSpecialty();
        d.address = s.getAddress();
        d.phone = s.getPhone();
        d.email = s.getEmail();
        d.active = s.isActive();
        return d;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
