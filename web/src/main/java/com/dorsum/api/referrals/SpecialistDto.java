package com.dorsum.api.referrals;

import com.dorsum.referrals.ExternalSpecialist;
import com.dorsum.referrals.Specialty;

/** An entry of the external specialist directory. */
public record SpecialistDto(long id, String name, String practice, Specialty specialty, String address, String phone,
                            String email, boolean active) {

    static SpecialistDto of(ExternalSpecialist s) {
        return new SpecialistDto(s.getId(), s.getName(), s.getPractice(), s.getSpecialty(), s.getAddress(),
                s.getPhone(), s.getEmail(), s.isActive());
    }
}
