package com.dorsum.referrals;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A specialist or practice outside the clinic that patients are referred to. Retired entries stay, so old
 * referrals keep their receiver, but are offered for no new referral.
 */
@Entity
public class ExternalSpecialist extends AuditedEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 120)
    private String practice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Specialty specialty;

    @Column(length = 300)
    private String address;

    @Column(length = 30)
    private String phone;

    @Column(length = 120)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    protected ExternalSpecialist() {
    }

    /** Details must have passed validation ({@link SpecialistDetails}'s constraints). */
    public ExternalSpecialist(SpecialistDetails details) {
        change(details);
    }

    public void change(SpecialistDetails details) {
        this.name = details.getName().trim();
        this.practice = blankToNull(details.getPractice());
        this.specialty = details.getSpecialty();
        this.address = blankToNull(details.getAddress());
        this.phone = blankToNull(details.getPhone());
        this.email = blankToNull(details.getEmail());
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getName() {
        return name;
    }

    public String getPractice() {
        return practice;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }
}
